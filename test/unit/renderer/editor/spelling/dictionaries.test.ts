import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { dictionaryFeeder } from '../../../../../src/renderer/editor/spelling/dictionaries';
import { findMisspellings } from '../../../../../src/renderer/editor/spelling/misspellings';

const MODULES = join(__dirname, '../../../../../node_modules');
const read = (dictionary: string, file: string) => readFile(join(MODULES, dictionary, file), 'utf8');

describe('dictionaryFeeder', () => {
  it('builds, a few lines at a time, the same checker as nspell reading the file at once', async () => {
    const [aff, dic] = await Promise.all([read('dictionary-en', 'index.aff'), read('dictionary-en', 'index.dic')]);
    const whole = nspell(aff);
    whole.dictionary(dic);
    const fed = nspell(aff);
    const feeder = dictionaryFeeder(fed, dic);
    let steps = 0;
    while (feeder.step(2)) steps += 1;
    expect(steps).toBeGreaterThan(10);
    // Compound rules compiled from every line, not an empty pattern that would accept anything.
    expect(fed.compoundRules.map(String)).toEqual(whole.compoundRules.map(String));
    expect(fed.compoundRules.every((rule) => String(rule) !== '/(?:)/i')).toBe(true);
    for (const word of ['received', 'organization', "don't", 'Geneva', 'participants', 'recieved', 'teh', 'organisation', 'xyzzy', '22nd', '11th', '3rd']) {
      expect(fed.correct(word), word).toBe(whole.correct(word));
    }
    expect(fed.correct('recieved')).toBe(false);
  }, 60_000);

  it('checks English prose with names and non-words left alone', async () => {
    const spell = nspell(await read('dictionary-en-gb', 'index.aff'));
    const feeder = dictionaryFeeder(spell, await read('dictionary-en-gb', 'index.dic'));
    while (feeder.step(50));
    const text = "The co-chair’s colour-coded report, organised by Kleinwächter's team, was recieved at https://igf.example.org on the 2nd; teh MAG agreed.";
    const words = findMisspellings(text, { isCorrect: (word) => spell.correct(word), isIgnored: (word) => word.toLowerCase().startsWith('kleinw') });
    expect(words.map((word) => word.text)).toEqual(['recieved', 'teh']);
    expect(spell.suggest('recieved')).toContain('received');
  }, 60_000);
});
