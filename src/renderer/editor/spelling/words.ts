/**
 * Which stretches of a paragraph's text are words to spell-check. Pure: the
 * same rules run on the notes, on participants' names (to ignore them) and in
 * the unit tests.
 */

export interface WordToken {
  text: string;
  /** Offsets in the text the token was found in. */
  start: number;
  end: number;
}

// Letters (with their combining accents) and digits, joined by inner apostrophes
// ("don't", "l’homme", "aujourd'hui") and hyphens ("peut-être", "well-known").
// An apostrophe or hyphen at either end is punctuation, not part of the word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\u2010-][\p{L}\p{M}\p{N}]+)*/gu;

// Stretches that are not prose: links and addresses, e-mail addresses, domain and
// file names ("icann.org", "minutes.docx"), @handles and #tags, and paths. Each
// starts only where a word starts (the look-behinds), so a long word is not
// retried from every one of its letters.
const NOT_PROSE = new RegExp([
  String.raw`(?<![\p{L}\p{N}])(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S+`,
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
  String.raw`(?<![\p{L}\p{N}_.-])(?:[\p{L}\p{N}_-]+\.)+\p{L}{2,}(?:\/\S*)?`,
  String.raw`[@#][\p{L}\p{N}_]+`,
  String.raw`(?<![\p{L}\p{N}])(?:[a-z]:)?[\\/][^\s]+`,
].join('|'), 'giu');
// Prose without any of these characters has none of the stretches above: most paragraphs skip that search.
const MAYBE_NOT_PROSE = /[/\\@#:]|\.[\p{L}\p{N}]/u;

const HYPHEN = /[\u2010-]/u;
const JOINER = /['’\u2010-]/u;
const DIGIT = /\p{N}/u;
const UPPER = /\p{Lu}/u;

function notProseSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!MAYBE_NOT_PROSE.test(text)) return spans;
  for (const match of text.matchAll(NOT_PROSE)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/** The words of `text` in order, leaving out those inside links, addresses, handles and paths. */
export function tokenize(text: string): WordToken[] {
  const spans = notProseSpans(text);
  const tokens: WordToken[] = [];
  let span = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    while (span < spans.length && spans[span]![1] <= start) span += 1;
    const inside = span < spans.length && spans[span]![0] < end;
    if (!inside) tokens.push({ text: match[0], start, end });
  }
  return tokens;
}

/** The hyphen-separated parts of a token, with their own offsets; a token without hyphens is its only part. */
export function hyphenParts(token: WordToken): WordToken[] {
  if (!HYPHEN.test(token.text)) return [token];
  const parts: WordToken[] = [];
  let offset = 0;
  for (const piece of token.text.split(/[\u2010-]/u)) {
    parts.push({ text: piece, start: token.start + offset, end: token.start + offset + piece.length });
    offset += piece.length + 1;
  }
  return parts;
}

/**
 * Words no dictionary can judge, left alone as word processors do: single
 * letters, anything with a digit ("2nd", "COVID-19", "A4"), acronyms in capitals
 * ("MAG", "IGF") and brand-like inner capitals ("iPhone", "GitHub"). Inner
 * capitals after an apostrophe or a hyphen ("L'Europe", "Jean-Pierre") are ordinary words.
 */
export function isUncheckable(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || DIGIT.test(word)) return true;
  if (UPPER.test(letters) && letters === letters.toUpperCase()) return true;
  return word.split(JOINER).some((segment) => UPPER.test(segment.slice(1)));
}

/** "Chris's" → "Chris", "l’Europe" → "Europe": the word without an English possessive or a French elision, if it has one. */
export function withoutClitic(word: string): string | undefined {
  const possessive = /^(.+)['’]s$/iu.exec(word);
  if (possessive) return possessive[1];
  const elided = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](.+)$/iu.exec(word);
  return elided ? elided[1] : undefined;
}
