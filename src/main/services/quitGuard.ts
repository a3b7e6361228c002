/**
 * Quitting, closing the window, logging out or shutting down first asks each
 * window to flush its notes, and waits for the answer. The one question ever
 * asked is when a window reports notes that are not saved anywhere.
 */
export interface QuitGuard {
  /** Asks the windows to flush; resolves true when the app may quit (or the window close). Concurrent calls share one flush. */
  flush(options?: { mayAsk?: boolean }): Promise<boolean>;
  /** A window's answer to the flush request (the quitReady request). */
  windowReady(report: { safe: boolean; message?: string | undefined }): void;
}

export interface QuitGuardDeps {
  /** Sends flushBeforeQuit to every window; returns how many were asked. */
  requestFlush: () => number;
  /** "Your notes are not saved anywhere: quit anyway?"; true to quit. */
  confirmQuitUnsafe: (message: string) => Promise<boolean>;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  /** A window that does not answer (hung, crashed) must not keep the app from quitting forever. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5000;

export function createQuitGuard(deps: QuitGuardDeps): QuitGuard {
  let pending: { waiting: number; reports: Array<{ safe: boolean; message?: string | undefined }>; done: () => void } | null = null;
  let inFlight: Promise<boolean> | null = null;

  function waitForWindows(): Promise<Array<{ safe: boolean; message?: string | undefined }>> {
    return new Promise((resolve) => {
      const reports: Array<{ safe: boolean; message?: string | undefined }> = [];
      const timer = deps.setTimer(() => finish(), deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      function finish() {
        deps.clearTimer(timer);
        pending = null;
        resolve(reports);
      }
      pending = { waiting: 0, reports, done: finish };
      pending.waiting = deps.requestFlush();
      if (pending.waiting === 0) finish();
    });
  }

  async function run(mayAsk: boolean): Promise<boolean> {
    const reports = await waitForWindows();
    const unsafe = reports.find((report) => !report.safe);
    if (!unsafe || !mayAsk) return true;
    return deps.confirmQuitUnsafe(unsafe.message ?? 'Your latest notes are not saved anywhere.');
  }

  return {
    flush(options = {}) {
      inFlight ??= run(options.mayAsk ?? true).finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    windowReady(report) {
      if (!pending) return;
      pending.reports.push(report);
      pending.waiting -= 1;
      if (pending.waiting <= 0) pending.done();
    },
  };
}
