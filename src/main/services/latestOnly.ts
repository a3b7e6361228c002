/**
 * Runs one job at a time for a destination and, while one runs, keeps only the
 * newest job waiting: a slow disk then writes the latest notes next instead of
 * working through every second's version. Asking again for what is already
 * being written joins that write. A superseded job's callers get the outcome
 * of the job that replaced it.
 */
export interface LatestOnly<I, T> {
  submit(input: I, identity: string): Promise<T>;
}

interface Waiting<I, T> {
  input: I;
  identity: string;
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export function createLatestOnly<I, T>(run: (input: I) => Promise<T>): LatestOnly<I, T> {
  let running: { identity: string; promise: Promise<T> } | null = null;
  let waiting: Waiting<I, T> | null = null;

  function start(input: I, identity: string): Promise<T> {
    const promise = run(input).finally(() => {
      running = null;
      const next = waiting;
      waiting = null;
      if (next) start(next.input, next.identity).then(next.resolve, next.reject);
    });
    running = { identity, promise };
    return promise;
  }

  return {
    submit(input, identity) {
      if (!running) return start(input, identity);
      if (!waiting && running.identity === identity) return running.promise;
      if (waiting) {
        waiting.input = input;
        waiting.identity = identity;
        return waiting.promise;
      }
      let resolve!: (value: T) => void;
      let reject!: (error: unknown) => void;
      const promise = new Promise<T>((ok, fail) => { resolve = ok; reject = fail; });
      waiting = { input, identity, promise, resolve, reject };
      return promise;
    },
  };
}
