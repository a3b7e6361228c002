import type { SchedulerClock } from '../../../../src/shared/autosave/scheduler';

/** A clock whose timers fire only when the test advances time; `lateBy` makes them fire late, as a busy thread does. */
export class FakeClock implements SchedulerClock {
  private time = 0;
  private nextId = 1;
  private timers = new Map<number, { at: number; callback: () => void }>();
  lateBy = 0;

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, ms) + this.lateBy, callback });
    return id;
  }

  clearTimeout(timer: unknown): void {
    this.timers.delete(timer as number);
  }

  pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves time forward to `until`, firing due timers in order and letting promises settle after each. */
  async advanceTo(until: number): Promise<void> {
    for (;;) {
      await flushPromises();
      const next = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      this.timers.delete(next[0]);
      this.time = next[1].at;
      next[1].callback();
    }
    this.time = until;
    await flushPromises();
  }

  advanceBy(ms: number): Promise<void> {
    return this.advanceTo(this.time + ms);
  }
}

export async function flushPromises(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}
