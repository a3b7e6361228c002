import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: 'pipe' });
}

/**
 * Why a real tmpfs cannot be mounted and remounted read-only here, or undefined
 * if it can. Checked synchronously so tests can use it in it.skipIf(...).
 */
export function whyNoTmpfs(): string | undefined {
  if (process.platform !== 'linux') return `tmpfs mounts need Linux (this is ${process.platform})`;
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  const probe = mkdtempSync(join(tmpdir(), 'rapporteur-tmpfs-probe-'));
  try {
    run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]);
  } catch (error) {
    rmdirSync(probe);
    return `mount -t tmpfs is not permitted here (${(error as Error).message.split('\n')[0]})`;
  }
  try {
    run('mount', ['-o', 'remount,ro', probe]);
    return undefined;
  } catch (error) {
    return `remounting a tmpfs read-only is not permitted here (${(error as Error).message.split('\n')[0]})`;
  } finally {
    run('umount', [probe]);
    rmdirSync(probe);
  }
}

export interface Tmpfs {
  path: string;
  makeReadOnly(): void;
  unmount(): void;
}

export function mountTmpfs(sizeKiB: number): Tmpfs {
  const path = mkdtempSync(join(tmpdir(), 'rapporteur-tmpfs-'));
  run('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k`, 'tmpfs', path]);
  let mounted = true;
  return {
    path,
    makeReadOnly: () => run('mount', ['-o', 'remount,ro', path]),
    unmount: () => {
      if (!mounted) return;
      run('umount', [path]);
      mounted = false;
      rmdirSync(path);
    },
  };
}
