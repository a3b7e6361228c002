import { describe, expect, it } from 'vitest';
import { createSettledFlag, type SettleClock } from '../../../../src/renderer/components/dirtyMark';

function manualClock() {
  let now = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let next = 1;
  const clock: SettleClock = {
    setTimeout: (callback, ms) => {
      timers.set(next, { at: now + ms, callback });
      return next++;
    },
    clearTimeout: (timer) => {
      timers.delete(timer as number);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, timer] of [...timers]) {
      if (timer.at <= now) {
        timers.delete(id);
        timer.callback();
      }
    }
  };
  return { clock, advance, pending: () => timers.size };
}

describe('createSettledFlag (the unsaved-changes mark)', () => {
  it('shows at once, and goes only once the changes stayed saved for the settle time', () => {
    const { clock, advance } = manualClock();
    const published: boolean[] = [];
    const flag = createSettledFlag(false, 1000, clock, (value) => published.push(value));
    flag.set(true);
    expect(published).toEqual([true]);
    flag.set(false);
    advance(999);
    expect(published).toEqual([true]);
    advance(1);
    expect(published).toEqual([true, false]);
  });

  it('does not flicker while autosave saves between keystrokes', () => {
    const { clock, advance, pending } = manualClock();
    const published: boolean[] = [];
    const flag = createSettledFlag(false, 1000, clock, (value) => published.push(value));
    flag.set(true);
    for (let save = 0; save < 20; save += 1) {
      flag.set(false);
      advance(300);
      flag.set(true);
      advance(400);
    }
    expect(published).toEqual([true]);
    expect(pending()).toBe(0);
  });

  it('goes at once when told to (another meeting loaded)', () => {
    const { clock } = manualClock();
    const published: boolean[] = [];
    const flag = createSettledFlag(true, 1000, clock, (value) => published.push(value));
    flag.set(false, true);
    expect(published).toEqual([false]);
  });

  it('publishes nothing when the value does not change, and dispose stops a pending change', () => {
    const { clock, advance } = manualClock();
    const published: boolean[] = [];
    const flag = createSettledFlag(false, 1000, clock, (value) => published.push(value));
    flag.set(false);
    expect(published).toEqual([]);
    flag.set(true);
    flag.set(false);
    flag.dispose();
    advance(5000);
    expect(published).toEqual([true]);
  });
});
