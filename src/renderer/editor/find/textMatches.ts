/** Find options, as the find bar offers them. */
export interface FindOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

export interface TextRange {
  start: number;
  end: number;
}

/** Letters, digits and underscore in any script: what "whole word" means next to a match. */
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';

/** Escapes the characters that are syntax in a `u`-flag pattern (where escaping anything else is an error). */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Where the query occurs in a text, left to right, without overlaps. Matching
 * is literal (the query is never a pattern) and case-insensitive unless asked;
 * the regular expression keeps offsets right even where lower-casing would
 * change a string's length ("İ").
 */
export function findInText(text: string, query: string, options: FindOptions): TextRange[] {
  if (query === '') return [];
  const literal = escapeRegExp(query);
  const source = options.wholeWord ? `(?<!${WORD_CHAR})${literal}(?!${WORD_CHAR})` : literal;
  const pattern = new RegExp(source, options.matchCase ? 'gu' : 'giu');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
