/**
 * Waiting for the page to be idle, cancellably: spell-checking passes run
 * only in the gaps between keystrokes and frames.
 */

export interface IdleDeadline {
  timeRemaining(): number;
  readonly didTimeout: boolean;
}

/** Resolves in the next idle period (or after `timeoutMs` at the latest); rejects with an AbortError when `signal` aborts. */
export function whenIdle(signal: AbortSignal, timeoutMs = 1000): Promise<IdleDeadline> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      cancelIdleCallback(handle);
      reject(signal.reason);
    };
    const handle = requestIdleCallback((deadline) => {
      signal.removeEventListener('abort', onAbort);
      resolve(deadline);
    }, { timeout: timeoutMs });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Runs `task` in an idle period once requests pause for the quiet time asked,
 * but no later than `maxWaitMs` after the first of them while they keep coming.
 */
export class QuietIdleTask {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waitingSince: number | null = null;
  private dueAt = 0;
  private firesAt = Infinity;
  private idle: AbortController | null = null;

  constructor(private readonly task: (deadline: IdleDeadline) => void, private readonly maxWaitMs: number) {}

  request(quietMs: number): void {
    // The task already waits for an idle moment: it reads what changed when it runs.
    if (this.idle) return;
    const now = performance.now();
    this.waitingSince ??= now;
    this.dueAt = Math.min(now + quietMs, this.waitingSince + this.maxWaitMs);
    // Called on every key: move the due time, and let the one timer armed find it (no clear and re-arm per
    // key), unless the task is now due before that timer fires.
    if (this.timer === undefined || this.dueAt < this.firesAt) this.arm(now);
  }

  private arm(now: number): void {
    clearTimeout(this.timer);
    this.firesAt = this.dueAt;
    this.timer = setTimeout(() => this.onTimer(), Math.max(0, this.dueAt - now));
  }

  private onTimer(): void {
    this.timer = undefined;
    this.firesAt = Infinity;
    const now = performance.now();
    if (this.dueAt - now > 1) this.arm(now);
    else this.runWhenIdle();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.firesAt = Infinity;
    this.idle?.abort();
  }

  private runWhenIdle(): void {
    if (this.idle) return;
    const controller = new AbortController();
    this.idle = controller;
    whenIdle(controller.signal).then((deadline) => {
      this.idle = null;
      this.waitingSince = null;
      this.task(deadline);
    }, (error: unknown) => {
      if (!isAbort(error)) throw error;
    });
  }
}
