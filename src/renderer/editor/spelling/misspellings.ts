import { hyphenParts, isUncheckable, tokenize, withoutClitic, type WordToken } from './words';

/** A misspelled word in a paragraph's text. */
export type Misspelling = WordToken;

export interface SpellingRules {
  /**
   * The dictionary's verdict (case as typed; the dictionary handles "Hello" and
   * "hello"), or undefined while the spelling worker has not answered for the word.
   */
  isCorrect(word: string): boolean | undefined;
  /** Names of the meeting's people and group, and words the user added. */
  isIgnored(word: string): boolean;
  /** Verdicts per word as typed, kept by the caller while the dictionary and the ignored words stay the same. */
  readonly verdicts?: Map<string, boolean>;
}

function isAcceptableAsIs(word: string, rules: SpellingRules): boolean | undefined {
  if (isUncheckable(word)) return true;
  // The dictionary first: its answers are cached, while name keys cost a normalisation each.
  const verdict = rules.isCorrect(word);
  return verdict === true || rules.isIgnored(word) ? true : verdict;
}

/**
 * Whether a word passes: as it stands, or without an English "'s" or a French
 * elision ("Buckridge's" when Buckridge is a participant, "l'ICANN"). Undefined
 * while that depends on a verdict the dictionary has not given yet.
 */
export function isAcceptable(word: string, rules: SpellingRules): boolean | undefined {
  const known = rules.verdicts?.get(word);
  if (known !== undefined) return known;
  let verdict = isAcceptableAsIs(word, rules);
  if (verdict !== true) {
    const bare = withoutClitic(word);
    const bareVerdict = bare === undefined ? false : isAcceptableAsIs(bare, rules);
    if (bareVerdict !== false) verdict = bareVerdict === true ? true : undefined;
  }
  if (verdict !== undefined) rules.verdicts?.set(word, verdict);
  return verdict;
}

/**
 * The misspelled words of a paragraph. A hyphenated word passes whole
 * ("peut-être", "co-chair") or when every part passes ("Kleinwächter-led");
 * otherwise only its failing parts are marked, so the mark points at the typo.
 * A word waiting for the dictionary's verdict is not marked (yet).
 */
export function findMisspellings(text: string, rules: SpellingRules): Misspelling[] {
  const found: Misspelling[] = [];
  for (const token of tokenize(text)) {
    const whole = isAcceptable(token.text, rules);
    if (whole === true) continue;
    const parts = hyphenParts(token);
    if (parts.length === 1) {
      if (whole === false) found.push(token);
      continue;
    }
    // Every part is judged even while the whole waits, so that all of them are asked of the dictionary at once.
    const failing = parts.filter((part) => part.text !== '' && isAcceptable(part.text, rules) === false);
    if (whole === false) found.push(...failing);
  }
  return found;
}

/** The misspelling at a caret or pointer offset: touching either end counts, as the caret sits after a word just typed. */
export function misspellingAt(misspellings: readonly Misspelling[], offset: number): Misspelling | undefined {
  return misspellings.find((word) => word.start <= offset && offset <= word.end);
}
