import { describe, expect, it } from 'vitest';
import { hyphenParts, isUncheckable, tokenize, withoutClitic } from '../../../../../src/renderer/editor/spelling/words';

const words = (text: string) => tokenize(text).map((token) => token.text);

describe('tokenize', () => {
  it('finds words with their offsets', () => {
    expect(tokenize('The chair, welcomed all.')).toEqual([
      { text: 'The', start: 0, end: 3 },
      { text: 'chair', start: 4, end: 9 },
      { text: 'welcomed', start: 11, end: 19 },
      { text: 'all', start: 20, end: 23 },
    ]);
  });

  it('keeps inner apostrophes, straight or curly, and drops quoting ones', () => {
    expect(words("don't l’homme aujourd'hui 'quoted' members' ‘single’")).toEqual(["don't", 'l’homme', "aujourd'hui", 'quoted', 'members', 'single']);
  });

  it('keeps inner hyphens and splits on dashes and slashes', () => {
    expect(words('peut-être well-known – and/or co‐chair -lead')).toEqual(['peut-être', 'well-known', 'and', 'or', 'co‐chair', 'lead']);
  });

  it('leaves out links, e-mail and domain addresses, file names, handles and paths', () => {
    expect(words('See https://www.intgovforum.org/en/content/mag?x=1, www.icann.org and igf@un.org today')).toEqual(['See', 'and', 'today']);
    expect(words('Send minutes.docx to icann.org via @jsmith #IGF2024 from /home/user/notes or C:\\Users\\me now')).toEqual(['Send', 'to', 'via', 'from', 'or', 'now']);
  });

  it('does not take abbreviations with dots for domains', () => {
    expect(words('e.g. the U.S. and i.e. Ph.D work')).toEqual(['e', 'g', 'the', 'U', 'S', 'and', 'i', 'e', 'Ph', 'D', 'work']);
  });

  it('reads accented letters and combining marks as letters', () => {
    expect(words('Kleinwächter réunion naïve Kleinwa\u0308chter')).toEqual(['Kleinwächter', 'réunion', 'naïve', 'Kleinwa\u0308chter']);
  });

  it('reads numbers as tokens, which are then left unchecked', () => {
    expect(words('80/85 sessions on 14.03.2024 at 2nd COVID-19')).toEqual(['80', '85', 'sessions', 'on', '14', '03', '2024', 'at', '2nd', 'COVID-19']);
  });
});

describe('hyphenParts', () => {
  it('splits with offsets into the original text', () => {
    const [token] = tokenize('a Kleinwächter-led group');
    expect(hyphenParts(tokenize('a Kleinwächter-led group')[1]!)).toEqual([
      { text: 'Kleinwächter', start: 2, end: 14 },
      { text: 'led', start: 15, end: 18 },
    ]);
    expect(hyphenParts(token!)).toEqual([token]);
  });
});

describe('isUncheckable', () => {
  it('leaves alone single letters, numbers, acronyms and brand-like capitals', () => {
    for (const word of ['a', 'I', '2nd', 'A4', 'COVID-19', 'MAG', 'IGF', 'ICANN', 'iPhone', 'GitHub', 'McDonald']) expect(isUncheckable(word), word).toBe(true);
  });

  it('checks ordinary, capitalised, hyphenated and elided words', () => {
    for (const word of ['the', 'Chair', 'recieved', 'Jean-Pierre', "L'Europe", "O'Neil", 'co-chair']) expect(isUncheckable(word), word).toBe(false);
  });
});

describe('withoutClitic', () => {
  it('strips an English possessive or a French elision', () => {
    expect(withoutClitic("Buckridge's")).toBe('Buckridge');
    expect(withoutClitic('ICANN’s')).toBe('ICANN');
    expect(withoutClitic("l'Europe")).toBe('Europe');
    expect(withoutClitic('qu’Amrita')).toBe('Amrita');
    expect(withoutClitic("jusqu'alors")).toBe('alors');
    expect(withoutClitic("don't")).toBeUndefined();
    expect(withoutClitic('Chris')).toBeUndefined();
  });
});
