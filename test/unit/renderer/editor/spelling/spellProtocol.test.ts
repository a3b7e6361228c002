import { describe, expect, it } from 'vitest';
import { isSpellRequest, PendingRequests, type SpellRequest } from '../../../../../src/renderer/editor/spelling/spellProtocol';

describe('PendingRequests', () => {
  const setUp = () => {
    const posted: SpellRequest[] = [];
    return { posted, pending: new PendingRequests((request) => posted.push(request)) };
  };

  it('numbers each request and settles it with the answer of the same number, in whatever order answers come', async () => {
    const { posted, pending } = setUp();
    const check = pending.send('check', { words: ['teh', 'the'] });
    const suggest = pending.send('suggest', { word: 'teh' });
    expect(posted).toEqual([{ id: 1, call: 'check', words: ['teh', 'the'] }, { id: 2, call: 'suggest', word: 'teh' }]);
    expect(pending.settle({ id: 2, call: 'suggest', ok: true, suggestions: ['the'] })).toBe(true);
    expect(pending.settle({ id: 1, call: 'check', ok: true, wrong: ['teh'] })).toBe(true);
    await expect(suggest).resolves.toMatchObject({ suggestions: ['the'] });
    await expect(check).resolves.toMatchObject({ wrong: ['teh'] });
    expect(pending.size).toBe(0);
  });

  it('rejects a request the worker could not answer, with its message', async () => {
    const { pending } = setUp();
    const load = pending.send('load', { language: 'fr' });
    pending.settle({ id: 1, ok: false, message: 'The spelling dictionary could not be read (404).' });
    await expect(load).rejects.toThrow('could not be read (404)');
  });

  it('ignores answers nobody waits for, answers of another kind, and anything that is not an answer', async () => {
    const { pending } = setUp();
    const check = pending.send('check', { words: ['a'] });
    for (const stray of [null, 'text', { id: 7, call: 'check', ok: true, wrong: [] }, { id: 1, call: 'suggest', ok: true, suggestions: [] }, { call: 'check' }]) {
      expect(pending.settle(stray)).toBe(false);
    }
    expect(pending.size).toBe(1);
    expect(pending.settle({ id: 1, call: 'check', ok: true, wrong: [] })).toBe(true);
    await expect(check).resolves.toMatchObject({ wrong: [] });
    // Settled once: a repeated answer finds nobody.
    expect(pending.settle({ id: 1, call: 'check', ok: true, wrong: [] })).toBe(false);
  });

  it('fails every open request when the worker stops', async () => {
    const { pending } = setUp();
    const first = pending.send('check', { words: ['a'] });
    const second = pending.send('suggest', { word: 'a' });
    const stopped = new DOMException('closed', 'AbortError');
    pending.failAll(stopped);
    await expect(first).rejects.toBe(stopped);
    await expect(second).rejects.toBe(stopped);
    expect(pending.size).toBe(0);
  });
});

describe('isSpellRequest', () => {
  it('accepts the three requests', () => {
    expect(isSpellRequest({ id: 1, call: 'load', language: 'en-GB' })).toBe(true);
    expect(isSpellRequest({ id: 2, call: 'check', words: ['the', 'teh'] })).toBe(true);
    expect(isSpellRequest({ id: 3, call: 'suggest', word: 'teh' })).toBe(true);
  });

  it.each([
    ['no id', { call: 'suggest', word: 'teh' }],
    ['a fractional id', { id: 1.5, call: 'suggest', word: 'teh' }],
    ['an unknown call', { id: 1, call: 'eval', code: '1' }],
    ['a language not shipped', { id: 1, call: 'load', language: 'de' }],
    ['words that are not strings', { id: 1, call: 'check', words: ['the', 3] }],
    ['a word that is not a string', { id: 1, call: 'suggest', word: ['teh'] }],
    ['nothing', null],
  ])('refuses %s', (_, message) => {
    expect(isSpellRequest(message)).toBe(false);
  });
});
