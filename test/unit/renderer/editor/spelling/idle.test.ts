import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuietIdleTask } from '../../../../../src/renderer/editor/spelling/idle';

// Node has no requestIdleCallback: an idle period here is the next timer turn.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  vi.stubGlobal('requestIdleCallback', (callback: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void) =>
    setTimeout(() => callback({ timeRemaining: () => 10, didTimeout: false }), 0));
  vi.stubGlobal('cancelIdleCallback', (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('QuietIdleTask', () => {
  it('runs once the requests pause for the quiet time', async () => {
    const task = vi.fn();
    const idle = new QuietIdleTask(task, 5000);
    for (let key = 0; key < 10; key += 1) {
      idle.request(300);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    await settle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs no later than the longest wait while requests keep coming', async () => {
    const task = vi.fn();
    const idle = new QuietIdleTask(task, 1000);
    for (let key = 0; key < 15; key += 1) {
      idle.request(300);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('a shorter quiet time asked later is not held back by the timer already armed', async () => {
    const task = vi.fn();
    const idle = new QuietIdleTask(task, 5000);
    idle.request(2000);
    idle.request(0);
    await vi.advanceTimersByTimeAsync(10);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('keeps one timer while keys come, instead of one per key', async () => {
    const idle = new QuietIdleTask(vi.fn(), 5000);
    const armed = vi.spyOn(globalThis, 'setTimeout');
    for (let key = 0; key < 50; key += 1) {
      idle.request(300);
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(armed.mock.calls.length).toBeLessThan(5);
  });

  it('does nothing after dispose', async () => {
    const task = vi.fn();
    const idle = new QuietIdleTask(task, 5000);
    idle.request(100);
    idle.dispose();
    await vi.advanceTimersByTimeAsync(6000);
    expect(task).not.toHaveBeenCalled();
  });
});
