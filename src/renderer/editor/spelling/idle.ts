/**
 * Waiting for the page to be idle, cancellably: dictionary loading and
 * checking run only in the gaps between keystrokes and frames.
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
