import { describe, expect, it, vi } from 'vitest';
import { bridgeResponder } from '../../../e2e/harness/bridgeShim';

const ORDER = 'x-rapporteur-bridge-order';

describe('the route side of the harness bridge', () => {
  it('answers with main\'s reply text, says when there is no reply, and turns a failure into its name and message', async () => {
    const respond = bridgeResponder(async (name, text) => {
      if (name === 'broken') throw Object.assign(new Error('Invalid "broken" request.'), { name: 'BridgeRequestError' });
      return name === 'silent' ? undefined : `{"echo":${text}}`;
    });
    expect(await respond('echo', '{"a":1}', { [ORDER]: 's 0' })).toEqual({ status: 200, body: '{"echo":{"a":1}}', headers: {} });
    expect(await respond('silent', '{}', { [ORDER]: 's 1' })).toEqual({ status: 200, body: '', headers: { 'x-rapporteur-bridge-no-reply': '1' } });
    const failed = await respond('broken', '{}', { [ORDER]: 's 2' });
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.body)).toEqual({ name: 'BridgeRequestError', message: 'Invalid "broken" request.' });
  });

  it('starts requests in the order the page sent them, even when they arrive out of order', async () => {
    const started: string[] = [];
    const respond = bridgeResponder(async (name) => {
      started.push(name);
      return '{}';
    });
    const third = respond('third', '{}', { [ORDER]: 'page 2' });
    const second = respond('second', '{}', { [ORDER]: 'page 1' });
    await Promise.resolve();
    expect(started).toEqual([]);
    const first = respond('first', '{}', { [ORDER]: 'page 0' });
    await Promise.all([first, second, third]);
    expect(started).toEqual(['first', 'second', 'third']);
    // Another page (a restart) counts from zero on its own.
    await respond('other page', '{}', { [ORDER]: 'next 0' });
    expect(started.at(-1)).toBe('other page');
  });

  it('does not start a request before the one sent before it has started, even if that one is still running', async () => {
    let release!: () => void;
    const events: string[] = [];
    const respond = bridgeResponder(async (name) => {
      events.push(`start ${name}`);
      if (name === 'slow') await new Promise<void>((done) => { release = done; });
      events.push(`end ${name}`);
      return '{}';
    });
    const slow = respond('slow', '{}', { [ORDER]: 'p 0' });
    const quick = respond('quick', '{}', { [ORDER]: 'p 1' });
    await quick;
    expect(events).toEqual(['start slow', 'start quick', 'end quick']);
    release();
    await slow;
  });

  it('goes on after a while when an earlier request never comes', async () => {
    vi.useFakeTimers();
    try {
      const started: string[] = [];
      const respond = bridgeResponder(async (name) => {
        started.push(name);
        return '{}';
      });
      const late = respond('after a lost one', '{}', { [ORDER]: 'p 1' });
      await vi.advanceTimersByTimeAsync(2_000);
      await late;
      expect(started).toEqual(['after a lost one']);
      await respond('next', '{}', { [ORDER]: 'p 2' });
      expect(started.at(-1)).toBe('next');
    } finally {
      vi.useRealTimers();
    }
  });
});
