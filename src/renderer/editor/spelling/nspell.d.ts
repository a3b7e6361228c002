// nspell ships no types; these are the parts the spelling checker uses.
declare module 'nspell' {
  export interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    /** Adds a hunspell .dic file's words (its first line, the count, is skipped). */
    dictionary(dic: string): NSpell;
  }
  function nspell(aff: string): NSpell;
  export default nspell;
}
