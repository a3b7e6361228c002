import { describe, expect, it } from 'vitest';
import { createAutosaveScheduler, type SaveOutcome } from '../../../../src/shared/autosave/scheduler';
import { AUTOSAVE_DEBOUNCE_MS, AUTOSAVE_MAX_WAIT_MS, AUTOSAVE_RETRY_MS } from '../../../../src/shared/autosave/timing';
import { FakeClock } from './fakeClock';

function setUp(outcome: () => SaveOutcome | Promise<SaveOutcome> = () => 'done') {
  const clock = new FakeClock();
  const saves: number[] = [];
  const lags: number[] = [];
  const scheduler = createAutosaveScheduler({
    clock,
    save: async () => {
      saves.push(clock.now());
      return outcome();
    },
    onTimerLag: (lag) => lags.push(lag),
  });
  return { clock, saves, lags, scheduler };
}

describe('the autosave scheduler', () => {
  it('saves once after a pause in typing (debounce)', async () => {
    const { clock, saves, scheduler } = setUp();
    scheduler.noteChange();
    await clock.advanceBy(100);
    scheduler.noteChange();
    await clock.advanceBy(AUTOSAVE_DEBOUNCE_MS - 1);
    expect(saves).toEqual([]);
    await clock.advanceBy(1);
    expect(saves).toEqual([100 + AUTOSAVE_DEBOUNCE_MS]);
    await clock.advanceBy(10_000);
    expect(saves).toHaveLength(1);
  });

  it('gives a typist who never pauses a save at least every maximum wait, well within 1 s', async () => {
    const { clock, saves, scheduler } = setUp();
    for (let t = 0; t <= 10_000; t += 20) {
      await clock.advanceTo(t);
      scheduler.noteChange();
    }
    await clock.advanceBy(AUTOSAVE_DEBOUNCE_MS);
    const gaps = saves.map((at, i) => at - (i === 0 ? 0 : saves[i - 1]!));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS);
    expect(AUTOSAVE_MAX_WAIT_MS).toBeLessThan(1000);
    expect(saves.length).toBeGreaterThanOrEqual(Math.floor(10_000 / AUTOSAVE_MAX_WAIT_MS));
  });

  it('does not create a timer per keystroke', async () => {
    const { clock, scheduler } = setUp();
    for (let i = 0; i < 50; i += 1) {
      scheduler.noteChange();
      await clock.advanceBy(5);
    }
    expect(clock.pendingTimers()).toBe(1);
  });

  it('runs one save at a time and saves changes made meanwhile right after it', async () => {
    let finish!: () => void;
    const { clock, saves, scheduler } = setUp(() => new Promise<SaveOutcome>((done) => { finish = () => done('done'); }));
    scheduler.noteChange();
    await clock.advanceBy(AUTOSAVE_DEBOUNCE_MS);
    expect(saves).toHaveLength(1);
    scheduler.noteChange();
    await clock.advanceBy(2000);
    expect(saves).toHaveLength(1);
    finish();
    await clock.advanceBy(0);
    expect(saves).toHaveLength(2);
    expect(saves[1]).toBe(saves[0]! + 2000);
  });

  it('tries a failed save again by itself, without new changes, until it succeeds', async () => {
    let failing = true;
    const { clock, saves, scheduler } = setUp(() => (failing ? 'retry' : 'done'));
    scheduler.noteChange();
    await clock.advanceBy(AUTOSAVE_DEBOUNCE_MS);
    await clock.advanceBy(AUTOSAVE_RETRY_MS * 2);
    expect(saves).toHaveLength(3);
    failing = false;
    await clock.advanceBy(AUTOSAVE_RETRY_MS);
    await clock.advanceBy(AUTOSAVE_RETRY_MS * 5);
    expect(saves).toHaveLength(4);
  });

  it('treats a save that throws as one to retry', async () => {
    let calls = 0;
    const { clock, scheduler } = setUp(() => {
      calls += 1;
      if (calls === 1) throw new Error('bridge gone');
      return 'done';
    });
    scheduler.noteChange();
    await clock.advanceBy(AUTOSAVE_DEBOUNCE_MS + AUTOSAVE_RETRY_MS);
    expect(calls).toBe(2);
  });

  it('flush saves pending changes at once, waits for a save in flight, and force saves even when clean', async () => {
    const { clock, saves, scheduler } = setUp();
    await scheduler.flush();
    expect(saves).toEqual([]);
    scheduler.noteChange();
    await scheduler.flush();
    expect(saves).toEqual([0]);
    await scheduler.flush({ force: true });
    expect(saves).toEqual([0, 0]);
    expect(scheduler.hasPendingChanges()).toBe(false);
    await clock.advanceBy(5000);
    expect(saves).toHaveLength(2);
  });

  it('idle waits for a save in flight without starting another', async () => {
    let finish!: () => void;
    const { clock, saves, scheduler } = setUp(() => new Promise<SaveOutcome>((done) => { finish = () => done('done'); }));
    scheduler.noteChange();
    await clock.advanceBy(AUTOSAVE_DEBOUNCE_MS);
    scheduler.noteChange();
    let idle = false;
    const waiting = scheduler.idle().then(() => { idle = true; });
    await clock.advanceBy(0);
    expect(idle).toBe(false);
    finish();
    await waiting;
    expect(saves).toHaveLength(1);
    expect(scheduler.hasPendingChanges()).toBe(true);
  });

  it('reports how late its timers fire', async () => {
    const { clock, lags, scheduler } = setUp();
    clock.lateBy = 35;
    scheduler.noteChange();
    await clock.advanceBy(1000);
    expect(lags).toEqual([35]);
  });

  it('stops after dispose', async () => {
    const { clock, saves, scheduler } = setUp();
    scheduler.noteChange();
    scheduler.dispose();
    await clock.advanceBy(5000);
    expect(saves).toEqual([]);
  });

  it('costs well under a microsecond-scale budget per keystroke', () => {
    const { scheduler } = setUp();
    const started = performance.now();
    for (let i = 0; i < 200_000; i += 1) scheduler.noteChange();
    const perKeyUs = ((performance.now() - started) * 1000) / 200_000;
    console.log(`autosave noteChange: ${perKeyUs.toFixed(3)} µs per keystroke`);
    // A keystroke takes milliseconds to handle; 5% of 1 ms is 50 µs.
    expect(perKeyUs).toBeLessThan(50);
  });
});
