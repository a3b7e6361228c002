import { describe, expect, it } from 'vitest';
import { createLatestOnly } from '../../../../src/main/services/latestOnly';

function deferredRunner() {
  const started: string[] = [];
  const finishers: Array<() => void> = [];
  const runner = createLatestOnly<string, string>((input) => {
    started.push(input);
    return new Promise((done) => finishers.push(() => done(`wrote ${input}`)));
  });
  return { runner, started, finishNext: () => finishers.shift()!() };
}

describe('latest-only writes', () => {
  it('writes one at a time and, of what waits, only the newest', async () => {
    const { runner, started, finishNext } = deferredRunner();
    const first = runner.submit('v1', 'v1');
    const second = runner.submit('v2', 'v2');
    const third = runner.submit('v3', 'v3');
    expect(started).toEqual(['v1']);
    finishNext();
    expect(await first).toBe('wrote v1');
    await Promise.resolve();
    expect(started).toEqual(['v1', 'v3']);
    finishNext();
    expect(await second).toBe('wrote v3');
    expect(await third).toBe('wrote v3');
  });

  it('joins a write of the same content instead of starting another', async () => {
    const { runner, started, finishNext } = deferredRunner();
    const first = runner.submit('v1', 'same');
    const again = runner.submit('v1', 'same');
    finishNext();
    expect(await again).toBe(await first);
    expect(started).toEqual(['v1']);
  });
});
