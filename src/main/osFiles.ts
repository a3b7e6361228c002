import { isAbsolute, resolve } from 'node:path';
import { FILE_EXTENSION } from '../shared/meeting/fileFormat';

/**
 * The meeting files a launch was asked to open: the file manager passes them
 * as arguments (Windows and Linux; a second launch forwards its argv), macOS
 * through the open-file event. Flags and other files are ignored.
 */
export function meetingPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(FILE_EXTENSION))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}

/** Whether a path handed over by a drop or the OS may be opened as a meeting at all (its content is checked when read). */
export function isOpenableMeetingPath(path: string): boolean {
  return isAbsolute(path) && path.toLowerCase().endsWith(FILE_EXTENSION) && !path.includes('\0') && path.length <= 4096;
}

/**
 * Paths that arrive before the app can open them (open-file fires before
 * "ready" on macOS) wait here; once `flushTo` is called they go straight through.
 */
export function createPendingOpens() {
  let pending: string[] = [];
  let open: ((path: string) => void) | undefined;
  return {
    add(path: string): void {
      if (open) open(path);
      else pending.push(path);
    },
    flushTo(opener: (path: string) => void): void {
      open = opener;
      const waiting = pending;
      pending = [];
      for (const path of waiting) opener(path);
    },
  };
}
