import { hyphenParts, isUncheckable, tokenize, withoutClitic, type WordToken } from './words';

/** A misspelled word in a paragraph's text. */
export type Misspelling = WordToken;

export interface SpellingRules {
  /** The dictionary's verdict (case as typed; the dictionary handles "Hello" and "hello"). */
  isCorrect(word: string): boolean;
  /** Names of the meeting's people and group, and words the user added. */
  isIgnored(word: string): boolean;
  /** Verdicts per word as typed, kept by the caller while the dictionary and the ignored words stay the same. */
  readonly verdicts?: Map<string, boolean>;
}

function isAcceptableAsIs(word: string, rules: SpellingRules): boolean {
  // The dictionary first: its answers are cached, while name keys cost a normalisation each.
  return isUncheckable(word) || rules.isCorrect(word) || rules.isIgnored(word);
}

/**
 * Whether a word passes: as it stands, or without an English "'s" or a French
 * elision ("Buckridge's" when Buckridge is a participant, "l'ICANN").
 */
export function isAcceptable(word: string, rules: SpellingRules): boolean {
  const known = rules.verdicts?.get(word);
  if (known !== undefined) return known;
  let verdict = isAcceptableAsIs(word, rules);
  if (!verdict) {
    const bare = withoutClitic(word);
    verdict = bare !== undefined && isAcceptableAsIs(bare, rules);
  }
  rules.verdicts?.set(word, verdict);
  return verdict;
}

/**
 * The misspelled words of a paragraph. A hyphenated word passes whole
 * ("peut-être", "co-chair") or when every part passes ("Kleinwächter-led");
 * otherwise only its failing parts are marked, so the mark points at the typo.
 */
export function findMisspellings(text: string, rules: SpellingRules): Misspelling[] {
  const found: Misspelling[] = [];
  for (const token of tokenize(text)) {
    if (isAcceptable(token.text, rules)) continue;
    const parts = hyphenParts(token);
    if (parts.length === 1) found.push(token);
    else for (const part of parts) if (part.text !== '' && !isAcceptable(part.text, rules)) found.push(part);
  }
  return found;
}

/** The misspelling at a caret or pointer offset: touching either end counts, as the caret sits after a word just typed. */
export function misspellingAt(misspellings: readonly Misspelling[], offset: number): Misspelling | undefined {
  return misspellings.find((word) => word.start <= offset && offset <= word.end);
}
