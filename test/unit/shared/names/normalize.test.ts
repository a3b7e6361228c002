import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeNameForMatch } from '../../../../src/shared/names/normalize';

const nfc = (text: string) => text.normalize('NFC');
const nfd = (text: string) => text.normalize('NFD');

describe('normalizeNameForMatch', () => {
  it('gives Kleinwächter one key in both normal forms', () => {
    const composed = nfc('Wolfgang Kleinwächter');
    const decomposed = nfd('Wolfgang Kleinwächter');
    expect(composed).not.toBe(decomposed);
    expect(normalizeNameForMatch(composed)).toBe('wolfgang kleinwachter');
    expect(normalizeNameForMatch(decomposed)).toBe('wolfgang kleinwachter');
  });

  it("unifies apostrophes and case: dell'Accio, Dell’Accio, DELLʼACCIO", () => {
    const keys = ["Dino dell'Accio", 'Dino Dell’Accio', 'DINO DELLʼACCIO', 'Dino Dell`Accio'].map(normalizeNameForMatch);
    expect(new Set(keys)).toEqual(new Set(["dino dell'accio"]));
  });

  it('counts an acute accent typed as an apostrophe as an apostrophe', () => {
    expect(normalizeNameForMatch('Dell´Accio')).toBe("dell'accio");
  });

  it('collapses spaces, tabs and no-break spaces and trims', () => {
    expect(normalizeNameForMatch('  Wout\u00a0de \t Natris ')).toBe('wout de natris');
  });

  it('removes accents from Latin, Greek and Cyrillic names', () => {
    expect(normalizeNameForMatch('Flávio Wagnér')).toBe('flavio wagner');
    expect(normalizeNameForMatch('Ἀθηνᾶ')).toBe(normalizeNameForMatch('Αθηνα'));
    expect(normalizeNameForMatch('Ёлкин')).toBe(normalizeNameForMatch('елкин'));
  });

  it('folds letters that have no decomposition', () => {
    expect(normalizeNameForMatch('Søren Straße')).toBe('soren strasse');
    expect(normalizeNameForMatch('Łukasz')).toBe('lukasz');
  });

  it('drops optional Arabic vowel marks, tatweel and bidi controls', () => {
    const plain = 'عبد الرحمن المطيري';
    expect(normalizeNameForMatch('\u202bعَبْد الرَّحْمَن المطـيري\u202c')).toBe(normalizeNameForMatch(plain));
    expect(normalizeNameForMatch(plain)).toBe(plain);
  });

  it('keeps Indic vowel signs, which distinguish names', () => {
    expect(normalizeNameForMatch('मीना')).not.toBe(normalizeNameForMatch('मना'));
  });

  it('leaves Chinese names as they are and folds full-width Latin', () => {
    expect(normalizeNameForMatch('王小明')).toBe('王小明');
    expect(normalizeNameForMatch('Ｊｉｍ')).toBe('jim');
  });

  it('is idempotent on a long name', () => {
    const long = 'Pablo Diego José Francisco de Paula Juan Nepomuceno María de los Remedios Cipriano de la Santísima Trinidad Ruiz y Picasso';
    const once = normalizeNameForMatch(long);
    expect(normalizeNameForMatch(once)).toBe(once);
    expect(once.startsWith('pablo diego jose francisco')).toBe(true);
  });
});

describe('normalizeNameForMatch properties', () => {
  // Well-formed graphemes in any script, with their accents, as people type them.
  const anyText = fc.string({ unit: 'grapheme', maxLength: 40 });

  it('is invariant under NFC and NFD', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normalizeNameForMatch(nfd(text))).toBe(normalizeNameForMatch(nfc(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('is invariant under upper and lower case, in either normal form', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const key = normalizeNameForMatch(text);
        expect(normalizeNameForMatch(text.toUpperCase())).toBe(key);
        expect(normalizeNameForMatch(text.toLowerCase())).toBe(key);
        expect(normalizeNameForMatch(nfd(text).toUpperCase())).toBe(key);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const key = normalizeNameForMatch(text);
        expect(normalizeNameForMatch(key)).toBe(key);
      }),
      { numRuns: 3000 },
    );
  });
});
