/**
 * Ends the command line once what it wrote to stdout and stderr is out. The
 * export leaves nothing running (its file work is synchronous, see
 * syncFileSystem.ts), but a process left to end by itself first runs V8's
 * pending housekeeping, such as a young-generation garbage collection it had
 * scheduled, which costs milliseconds a process about to exit does not need.
 * An empty write calls back only after every earlier write to its stream, so
 * nothing said is cut short, even where pipes are asynchronous.
 */
export function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => {
    process.stderr.write('', () => process.exit(code));
  });
}
