import { describe, expect, it } from 'vitest';
import { labelledPresenterNames, looksLikeLabelledName, looksLikePersonName, splitNameList } from '../../../../../src/shared/parsers/agenda/presenterNames';

describe('looksLikePersonName', () => {
  it.each([
    'Timea Suto',
    'Ross Creelman',
    'Wout de Natris',
    'Rosalind Kenny Birch',
    "Dino dell'Accio",
    "Dino Dell'Accio",
    'Wolfgang Kleinwächter',
    'Jean DUPONT',
    'Ms. Maria Ressa',
    'J. R. Smith',
    'Jean-Pierre Dupont',
    'Nasser al-Sabah',
    'عبد الرحمن المطيري',
  ])('takes %j for a name', (text) => {
    expect(looksLikePersonName(text)).toBe(true);
  });

  it.each([
    'GDC',
    'Chris',
    '10 min',
    'tbc',
    'IGF Secretariat',
    'Leadership Panel',
    'Policy Brief',
    'Open Consultations',
    'Update from the IGF',
    'WSIS+20 review',
    'Draft',
    'UN DESA',
    'jorge cancio',
    'Wout de',
    'chris@example.org',
    '王小明',
    'One Two Three Four Five Six Seven',
  ])('does not take %j for a name', (text) => {
    expect(looksLikePersonName(text)).toBe(false);
  });
});

describe('looksLikeLabelledName', () => {
  it('accepts a single given name after a label, but still not a title word', () => {
    expect(looksLikeLabelledName('Chris')).toBe(true);
    expect(looksLikeLabelledName('王小明')).toBe(true);
    expect(looksLikeLabelledName('Secretariat')).toBe(false);
  });
});

describe('splitNameList', () => {
  it('splits on commas, semicolons, ampersands, slashes and "and"', () => {
    expect(splitNameList('Timea Suto, Ross Creelman')).toEqual(['Timea Suto', 'Ross Creelman']);
    expect(splitNameList('A B; C D & E F/G H and I J')).toEqual(['A B', 'C D', 'E F', 'G H', 'I J']);
  });

  it('keeps Spanish and Portuguese "y" and "e" inside a name', () => {
    expect(splitNameList('Ruiz y Picasso, Rech e Wagner')).toEqual(['Ruiz y Picasso', 'Rech e Wagner']);
  });
});

describe('labelledPresenterNames', () => {
  it.each([
    ['Presenter: Timea Suto', ['Timea Suto']],
    ['Presenters: Carol Roach and Paul Kasoma', ['Carol Roach', 'Paul Kasoma']],
    ['presented by Chris', ['Chris']],
    ['Led by Amrita Choudhury, Chris Buckridge', ['Amrita Choudhury', 'Chris Buckridge']],
    ['Speaker - Jorge Cancio', ['Jorge Cancio']],
  ])('reads %j', (text, names) => {
    expect(labelledPresenterNames(text)).toEqual(names);
  });

  it('gives undefined without a label or with something other than names', () => {
    expect(labelledPresenterNames('Timea Suto')).toBeUndefined();
    expect(labelledPresenterNames('Presenter: the IGF Secretariat')).toBeUndefined();
    expect(labelledPresenterNames('Presenter:')).toBeUndefined();
  });
});
