/**
 * Runs jobs with the same key one after another (two writes to one file must
 * never overlap: each would verify against the other's rename); jobs with
 * different keys run side by side. A failed job does not stop the next.
 */
export interface KeyedQueue {
  run<T>(key: string, job: () => Promise<T>): Promise<T>;
}

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, job) {
      const result = (tails.get(key) ?? Promise.resolve()).then(job, job);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
