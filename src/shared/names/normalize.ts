/**
 * One comparison key per name, so that the spellings people and conferencing tools
 * produce for the same person compare equal: "Kleinwächter" typed on Windows (NFC)
 * and pasted from macOS (NFD), "Dell’Accio" and "dell'Accio", "JORGE CANCIO".
 */

// Apostrophe look-alikes that keyboards, Word's smart quotes and transliteration produce.
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u02BB\u02B9\u0060\u2032\uFF07]/gu;
// The acute accent typed as an apostrophe ("Dell´Accio"), as compatibility decomposition leaves it.
const SPACING_ACUTE = /\u0020\u0301/gu;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2014\u2212\uFE63\uFF0D]/gu;
// Soft hyphens, zero-width characters, bidi controls (conferencing tools wrap Arabic and
// Hebrew screen names in them), byte-order marks and the Arabic tatweel: invisible or
// purely typographic, so two spellings that differ only in them are the same name.
const INVISIBLES = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u0640]/gu;
// Accents are dropped only in scripts where they are optional in everyday typing
// (Latin, Greek, Cyrillic, Arabic and Hebrew vowel points). In Indic scripts the marks
// are vowels, and dropping them would make different names collide.
const OPTIONAL_MARKS = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}])\p{M}+/gu;
// Letters that Unicode does not decompose into a base letter plus an accent.
const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ħ: 'h', ŧ: 't', ς: 'σ',
};
// Case mapping turns the Greek ypogegrammeni, a combining mark, into the letter iota;
// doing that first keeps "ᾳ" and "ᾼ" equal. Marks with no letter to sit on carry no name.
const YPOGEGRAMMENI = /\u0345/gu;
const ORPHAN_MARKS = /(^|[^\p{L}\p{N}\p{M}])\p{M}+/gu;
const UNDECOMPOSED_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSED_LETTERS).join('')}]`, 'gu');

function unifyPunctuation(text: string): string {
  return text.replace(INVISIBLES, '').replace(APOSTROPHES, "'").replace(HYPHENS, '-');
}

function decomposeForFolding(text: string): string {
  return unifyPunctuation(text).normalize('NFKD').replace(SPACING_ACUTE, "'").replace(YPOGEGRAMMENI, 'ι').replace(ORPHAN_MARKS, '$1');
}

/** Upper then lower case approximates Unicode full case folding ("ß" → "SS" → "ss"). */
function foldCase(text: string): string {
  return text.toUpperCase().toLowerCase();
}

/** The comparison key of a name: accent-, case-, normal-form- and spacing-insensitive. */
export function normalizeNameForMatch(name: string): string {
  const decomposed = decomposeForFolding(foldCase(decomposeForFolding(name)));
  return unifyPunctuation(decomposed)
    .replace(OPTIONAL_MARKS, '$1')
    .replace(UNDECOMPOSED_PATTERN, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();
}
