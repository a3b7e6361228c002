import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findMisspellings } from '../../../../../src/renderer/editor/spelling/misspellings';
import { createSpellService } from '../../../../../src/renderer/editor/spelling/spellService';

// SOURCES resolve to files under node_modules here, as to the build's own files in the app.
const readFromDisk = (url: string) => readFile(fileURLToPath(url), 'utf8');

describe('the spelling worker service', () => {
  it('loads a dictionary, then answers checks and suggestions by request id', async () => {
    const service = createSpellService(readFromDisk);
    // A check sent while the dictionary loads waits for it rather than failing.
    const [loaded, checked] = await Promise.all([
      service.handle({ id: 1, call: 'load', language: 'en-GB' }),
      service.handle({ id: 2, call: 'check', words: ['colour', 'organised', 'recieved', 'teh', 'Geneva', "don't"] }),
    ]);
    expect(loaded).toMatchObject({ id: 1, call: 'load', ok: true, stats: { fetchMs: expect.any(Number), affMs: expect.any(Number), dicMs: expect.any(Number) } });
    expect(checked).toEqual({ id: 2, call: 'check', ok: true, wrong: ['recieved', 'teh'] });
    const suggested = await service.handle({ id: 3, call: 'suggest', word: 'recieved' });
    expect(suggested).toMatchObject({ id: 3, call: 'suggest', ok: true });
    expect(suggested.ok && suggested.call === 'suggest' && suggested.suggestions).toContain('received');
  }, 60_000);

  it('gives the verdicts the editor needs to mark English prose', async () => {
    const service = createSpellService(readFromDisk);
    await service.handle({ id: 1, call: 'load', language: 'en-US' });
    const text = "The co-chair’s color-coded report, organized by Kleinwächter's team, was recieved at https://igf.example.org on the 2nd; teh MAG agreed.";
    const asked = new Set<string>();
    findMisspellings(text, { isCorrect: (word) => void asked.add(word), isIgnored: (word) => word.toLowerCase().startsWith('kleinw') });
    const answer = await service.handle({ id: 2, call: 'check', words: [...asked] });
    const wrong = new Set(answer.ok && answer.call === 'check' ? answer.wrong : []);
    const words = findMisspellings(text, { isCorrect: (word) => !wrong.has(word), isIgnored: (word) => word.toLowerCase().startsWith('kleinw') });
    expect(words.map((word) => word.text)).toEqual(['recieved', 'teh']);
  }, 60_000);

  it('answers every request, with an error when it cannot be served', async () => {
    const service = createSpellService(async (url) => {
      if (url.endsWith('.dic')) throw new Error('The spelling dictionary could not be read (404).');
      return 'SET UTF-8\n';
    });
    expect(await service.handle({ id: 1, call: 'check', words: ['the'] })).toEqual({ id: 1, ok: false, message: 'No spelling dictionary was asked for.' });
    const [load, check] = await Promise.all([
      service.handle({ id: 2, call: 'load', language: 'fr' }),
      service.handle({ id: 3, call: 'check', words: ['le'] }),
    ]);
    expect(load).toEqual({ id: 2, ok: false, message: 'The spelling dictionary could not be read (404).' });
    expect(check).toEqual({ id: 3, ok: false, message: 'The spelling dictionary could not be read (404).' });
    expect(await service.handle({ id: 4, call: 'load', language: 'en-US' })).toMatchObject({ id: 4, ok: false, message: expect.stringContaining('already has a dictionary') });
    expect(await service.handle({ id: 5, call: 'run', code: 'alert(1)' })).toMatchObject({ id: 5, ok: false });
    expect(await service.handle('teh')).toMatchObject({ id: -1, ok: false });
  });
});
