import { afterEach, describe, expect, it, vi } from 'vitest';
import { exitWhenFlushed } from '../../../src/cli/exit';

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('exitWhenFlushed', () => {
  it('exits with the code only once stdout, then stderr, have written everything before', () => {
    const events: string[] = [];
    const pending: Array<() => void> = [];
    const writer = (name: string) => (chunk: unknown, callback?: unknown) => {
      events.push(`${name} ${JSON.stringify(chunk)}`);
      if (typeof callback === 'function') pending.push(callback as () => void);
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(writer('stdout') as typeof process.stdout.write);
    vi.spyOn(process.stderr, 'write').mockImplementation(writer('stderr') as typeof process.stderr.write);
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);

    exitWhenFlushed(1);
    expect(process.exitCode).toBe(1);
    expect(exit).not.toHaveBeenCalled();
    pending.shift()!();
    expect(exit).not.toHaveBeenCalled();
    pending.shift()!();
    expect(exit).toHaveBeenCalledWith(1);
    expect(events).toEqual(['stdout ""', 'stderr ""']);
  });
});
