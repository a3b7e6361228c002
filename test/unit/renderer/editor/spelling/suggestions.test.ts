import { describe, expect, it } from 'vitest';
import { editDistance, mergeSuggestions, nearbyWords } from '../../../../../src/renderer/editor/spelling/suggestions';
import { dictionaryForLocale, effectiveLanguage } from '../../../../../src/renderer/editor/spelling/languages';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('buckridge', 'buckrige', 2)).toBe(1);
    expect(editDistance('teh', 'the', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abc', 'abc', 1)).toBe(0);
  });

  it('gives up beyond the limit', () => {
    expect(editDistance('short', 'a much longer word', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('nearbyWords', () => {
  const names = ['Buckridge', 'Kleinwächter', 'Chris', 'Timea', 'Anja'];
  it('offers names one edit away for short words, two for longer ones, closest first', () => {
    expect(nearbyWords('Buckrige', names)).toEqual(['Buckridge']);
    expect(nearbyWords('Kleinwachtr', names)).toEqual(['Kleinwächter']);
    expect(nearbyWords('Chirs', names)).toEqual(['Chris']);
    expect(nearbyWords('Anya', names)).toEqual(['Anja']);
    expect(nearbyWords('Ayna', names)).toEqual([]);
  });
});

describe('mergeSuggestions', () => {
  it('puts names first, without repeats, up to the maximum', () => {
    expect(mergeSuggestions(['Buckridge'], ['buckridge', 'Backbridge', 'Bridge'], 2)).toEqual(['Buckridge', 'Backbridge']);
  });
});

describe('languages', () => {
  it('maps a meeting locale to a shipped dictionary', () => {
    expect(dictionaryForLocale('en')).toBe('en-US');
    expect(dictionaryForLocale('en-US')).toBe('en-US');
    expect(dictionaryForLocale('en-GB')).toBe('en-GB');
    expect(dictionaryForLocale('en_AU')).toBe('en-GB');
    expect(dictionaryForLocale('fr')).toBe('fr');
    expect(dictionaryForLocale('fr-CH')).toBe('fr');
    expect(dictionaryForLocale('es')).toBeNull();
    expect(dictionaryForLocale('')).toBeNull();
  });

  it('uses the choice over the meeting, and none when off', () => {
    expect(effectiveLanguage('auto', 'en-GB')).toBe('en-GB');
    expect(effectiveLanguage('fr', 'en-GB')).toBe('fr');
    expect(effectiveLanguage('off', 'en')).toBeNull();
    expect(effectiveLanguage('auto', 'de')).toBeNull();
  });
});
