import { describe, expect, it } from 'vitest';
import { defaultShortName, shortNameOf } from '../../../../src/shared/names/shortName';

// The 22 people of the reference report's participant list and the short name the report uses for them.
const REFERENCE_SHORT_NAMES: ReadonlyArray<[string, string]> = [
  ['Anja Gengo', 'Anja'],
  ['Chris Buckridge', 'Chris'],
  ['Amrita Choudhury', 'Amrita'],
  ['Concettina Cassa', 'Concettina'],
  ['Abdulrahman Almutairi', 'Abdulrahman'],
  ['Flavio Wagner', 'Flavio'],
  ['Jim Prendergast', 'Jim'],
  ['Justine Fair', 'Justine'],
  ["Dino Dell'Accio", 'Dino'],
  ['Fiona Alexander', 'Fiona'],
  ['Jorge Cancio', 'Jorge'],
  ['Muriel Alapini', 'Muriel'],
  ['Lynn Saint Amour', 'Lynn'],
  ['Paul Kasoma', 'Paul'],
  ['Ross Creelman', 'Ross'],
  ['Markus Kummer', 'Markus'],
  ['Carol Roach', 'Carol'],
  ['Timea Suto', 'Timea'],
  ['Rosalind Kenny Birch', 'Rosalind'],
  ['Valeria Betancourt', 'Valeria'],
  ['Wolfgang Kleinwächter', 'Wolfgang'],
  ['Wout de Natris', 'Wout'],
];

describe('defaultShortName', () => {
  it.each(REFERENCE_SHORT_NAMES)('shortens %s to %s', (fullName, shortName) => {
    expect(defaultShortName(fullName)).toBe(shortName);
  });

  it('skips honorifics, with or without a full stop', () => {
    expect(defaultShortName('Ms. Maria Ressa')).toBe('Maria');
    expect(defaultShortName('Dr Vint Cerf')).toBe('Vint');
    expect(defaultShortName('H.E. Amandeep Singh Gill')).toBe('Amandeep');
    expect(defaultShortName('HE Amandeep Singh Gill')).toBe('Amandeep');
  });

  it('does not take the Chinese family name He for an honorific', () => {
    expect(defaultShortName('He Wei')).toBe('He');
  });

  it('keeps Abd- and Abu- compounds together', () => {
    expect(defaultShortName('Abdul Rahman Almutairi')).toBe('Abdul Rahman');
    expect(defaultShortName('Abu Bakar Munir')).toBe('Abu Bakar');
    expect(defaultShortName('عبد الرحمن المطيري')).toBe('عبد الرحمن');
  });

  it('uses East Asian names whole, with or without spaces', () => {
    expect(defaultShortName('王小明')).toBe('王小明');
    expect(defaultShortName('山田 太郎')).toBe('山田 太郎');
  });

  it('collapses stray spaces and tabs', () => {
    expect(defaultShortName('  Wout \t de  Natris ')).toBe('Wout');
    expect(defaultShortName(' Mr.  ')).toBe('Mr.');
  });

  it('takes the first word of a very long name', () => {
    const long = 'Pablo Diego José Francisco de Paula Juan Nepomuceno María de los Remedios Cipriano de la Santísima Trinidad Ruiz y Picasso';
    expect(defaultShortName(long)).toBe('Pablo');
  });
});

describe('shortNameOf', () => {
  it('prefers the short name the user set', () => {
    expect(shortNameOf({ fullName: 'Rosalind Kenny Birch', shortName: ' Ros ' })).toBe('Ros');
  });

  it('falls back to the default when none is set', () => {
    expect(shortNameOf({ fullName: 'Lynn Saint Amour', shortName: '  ' })).toBe('Lynn');
  });
});
