import { AUTOSAVE_DEBOUNCE_MS, AUTOSAVE_MAX_WAIT_MS, AUTOSAVE_RETRY_MS } from './timing';

/** Time and timers, injected so tests (and the kill harness) drive the same code as the app. */
export interface SchedulerClock {
  /** Monotonic milliseconds. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

/** 'retry': the save did not reach its destination; try again later even without new changes. */
export type SaveOutcome = 'done' | 'retry';

export interface AutosaveSchedulerOptions {
  clock: SchedulerClock;
  /** Captures the current state and saves it; runs in a timer task, never on the keystroke path. */
  save: () => Promise<SaveOutcome>;
  debounceMs?: number;
  maxWaitMs?: number;
  retryMs?: number;
  /** How late each timer fired: the part of the loss bound the scheduler cannot promise. */
  onTimerLag?: (lateByMs: number) => void;
}

export interface AutosaveScheduler {
  /** Called on every change; constant time, so it can sit on the keystroke path. */
  noteChange(): void;
  /** Saves pending changes now (or unconditionally with force) and resolves once that save is over. */
  flush(options?: { force?: boolean }): Promise<void>;
  /** Resolves once no save is running, without starting one (pending changes stay scheduled). */
  idle(): Promise<void>;
  hasPendingChanges(): boolean;
  dispose(): void;
}

/**
 * Debounce with a maximum wait: a save follows a pause of debounceMs, and never
 * comes later than maxWaitMs after the oldest unsaved change. One save runs at
 * a time; changes made meanwhile are saved right after it.
 */
export function createAutosaveScheduler(options: AutosaveSchedulerOptions): AutosaveScheduler {
  const { clock, save } = options;
  const debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
  const maxWaitMs = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
  const retryMs = options.retryMs ?? AUTOSAVE_RETRY_MS;
  let oldestChangeAt: number | null = null;
  let lastChangeAt = 0;
  let retryAt: number | null = null;
  let timer: unknown = null;
  let timerDueAt = 0;
  let running: Promise<void> | null = null;
  let disposed = false;

  function nextDueAt(): number {
    const changeDue = oldestChangeAt === null ? Infinity : Math.min(lastChangeAt + debounceMs, oldestChangeAt + maxWaitMs);
    return Math.min(changeDue, retryAt ?? Infinity);
  }

  function arm(dueAt: number): void {
    // An earlier timer re-evaluates when it fires, so typing does not churn timers.
    if (timer !== null && timerDueAt <= dueAt) return;
    if (timer !== null) clock.clearTimeout(timer);
    timerDueAt = dueAt;
    timer = clock.setTimeout(onTimer, Math.max(0, dueAt - clock.now()));
  }

  function onTimer(): void {
    timer = null;
    options.onTimerLag?.(Math.max(0, clock.now() - timerDueAt));
    evaluate();
  }

  function evaluate(): void {
    if (disposed || running) return;
    const dueAt = nextDueAt();
    if (dueAt === Infinity) return;
    if (dueAt > clock.now()) arm(dueAt);
    else start();
  }

  function start(): Promise<void> {
    oldestChangeAt = null;
    retryAt = null;
    const attempt = save().catch((): SaveOutcome => 'retry');
    running = attempt.then((outcome) => {
      running = null;
      if (outcome === 'retry' && oldestChangeAt === null) retryAt = clock.now() + retryMs;
      evaluate();
    });
    return running;
  }

  return {
    noteChange() {
      const now = clock.now();
      lastChangeAt = now;
      if (oldestChangeAt === null) {
        oldestChangeAt = now;
        if (!running) arm(Math.min(now + debounceMs, now + maxWaitMs));
      }
    },
    async flush(flushOptions = {}) {
      if (timer !== null) {
        clock.clearTimeout(timer);
        timer = null;
      }
      while (running) await running;
      if (disposed) return;
      if (flushOptions.force || oldestChangeAt !== null || retryAt !== null) await start();
    },
    async idle() {
      while (running) await running;
    },
    hasPendingChanges: () => oldestChangeAt !== null || retryAt !== null || running !== null,
    dispose() {
      disposed = true;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
