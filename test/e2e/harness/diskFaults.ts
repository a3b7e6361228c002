import { resolve, sep } from 'node:path';
import type { FileSystem } from '../../../src/main/services/fileSystem';

/**
 * The real file system with faults a test switches on and off while the app
 * runs: writes under a folder fail (a full disk, a read-only share) or wait
 * until released (a slow network drive). Reads always work.
 */
export class DiskFaults {
  private failures: Array<{ folder: string; code: string }> = [];
  private holds: Array<{ folder: string; released: Promise<void> }> = [];

  /** Every change under `folder` fails with `code` (ENOSPC: disk full; EROFS: read-only) until cleared. */
  failWritesUnder(folder: string, code = 'ENOSPC'): void {
    this.failures.push({ folder: resolve(folder), code });
  }

  /** Changes under `folder` wait until the returned function is called. */
  holdWritesUnder(folder: string): () => void {
    let release!: () => void;
    const hold = { folder: resolve(folder), released: new Promise<void>((done) => { release = done; }) };
    this.holds.push(hold);
    return () => {
      this.holds = this.holds.filter((other) => other !== hold);
      release();
    };
  }

  clear(): void {
    this.failures = [];
  }

  wrap(base: FileSystem): FileSystem {
    const guard = async (path: string, syscall: string) => {
      const target = resolve(path);
      const inside = (folder: string) => target === folder || target.startsWith(folder + sep);
      for (const hold of this.holds.filter((h) => inside(h.folder))) await hold.released;
      const failure = this.failures.find((f) => inside(f.folder));
      if (failure) throw Object.assign(new Error(`${failure.code}: injected by the test, ${syscall} '${target}'`), { code: failure.code, syscall });
    };
    return {
      ...base,
      open: async (path, flags, mode) => {
        if (flags !== 'r') await guard(path, 'open');
        return base.open(path, flags, mode);
      },
      rename: async (from, to) => {
        await guard(to, 'rename');
        return base.rename(from, to);
      },
      unlink: async (path) => {
        await guard(path, 'unlink');
        return base.unlink(path);
      },
      mkdir: async (path, options) => {
        await guard(path, 'mkdir');
        return base.mkdir(path, options);
      },
      copyFile: async (from, to, mode) => {
        await guard(to, 'copyfile');
        return base.copyFile(from, to, mode);
      },
    };
  }
}
