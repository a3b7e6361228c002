import type { NSpell } from 'nspell';
import type { DictionaryLanguage } from './languages';

/** Distinct words remembered per dictionary; far beyond a meeting's vocabulary, it only bounds memory. */
const MAX_REMEMBERED = 50_000;

/**
 * A loaded dictionary with its verdicts remembered: a meeting repeats the same
 * few thousand words, so checking a paragraph again is mostly map lookups.
 */
export class SpellChecker {
  private readonly verdicts = new Map<string, boolean>();

  constructor(readonly language: DictionaryLanguage, private readonly spell: NSpell) {}

  isCorrect(word: string): boolean {
    const known = this.verdicts.get(word);
    if (known !== undefined) return known;
    if (this.verdicts.size >= MAX_REMEMBERED) this.verdicts.clear();
    const verdict = this.spell.correct(word);
    this.verdicts.set(word, verdict);
    return verdict;
  }

  /** The dictionary's corrections, best first (tens of milliseconds; hundreds for French): only on request. */
  suggest(word: string): string[] {
    return this.spell.suggest(word);
  }
}
