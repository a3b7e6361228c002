import { describe, expect, it } from 'vitest';
import { createQuitGuard } from '../../../../src/main/services/quitGuard';

function setUp(windows: number, confirm = true) {
  const timers: Array<() => void> = [];
  const asked: string[] = [];
  let flushRequests = 0;
  const guard = createQuitGuard({
    requestFlush: () => {
      flushRequests += 1;
      return windows;
    },
    confirmQuitUnsafe: async (message) => {
      asked.push(message);
      return confirm;
    },
    setTimer: (callback) => timers.push(callback),
    clearTimer: () => undefined,
  });
  return { guard, asked, timers, flushRequests: () => flushRequests };
}

describe('the quit guard', () => {
  it('waits for the window to flush, then lets the app quit without a question', async () => {
    const { guard, asked } = setUp(1);
    let decided: boolean | undefined;
    const flushing = guard.flush().then((ok) => { decided = ok; });
    await Promise.resolve();
    expect(decided).toBeUndefined();
    guard.windowReady({ safe: true });
    await flushing;
    expect(decided).toBe(true);
    expect(asked).toEqual([]);
  });

  it('asks the one question when notes are not saved anywhere, and stays if the user says so', async () => {
    const { guard, asked } = setUp(1, false);
    const flushing = guard.flush();
    guard.windowReady({ safe: false, message: 'the recovery store could not be written' });
    expect(await flushing).toBe(false);
    expect(asked).toEqual(['the recovery store could not be written']);
  });

  it('does not ask at shutdown (it cannot wait for an answer)', async () => {
    const { guard, asked } = setUp(1, false);
    const flushing = guard.flush({ mayAsk: false });
    guard.windowReady({ safe: false, message: 'x' });
    expect(await flushing).toBe(true);
    expect(asked).toEqual([]);
  });

  it('shares one flush between quit and window close, and never waits forever for a hung window', async () => {
    const { guard, timers, flushRequests } = setUp(1);
    const first = guard.flush();
    const second = guard.flush();
    expect(flushRequests()).toBe(1);
    timers[0]!();
    expect(await first).toBe(true);
    expect(await second).toBe(true);
  });

  it('quits at once when there is no window to flush', async () => {
    const { guard } = setUp(0);
    expect(await guard.flush()).toBe(true);
  });
});
