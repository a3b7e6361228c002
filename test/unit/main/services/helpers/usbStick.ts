import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: 'pipe' });
}

/**
 * A small tmpfs standing in for a USB stick: pulled out with a lazy unmount
 * (as the kernel does when the device vanishes under open files) and its mount
 * point removed, as desktop environments do; plugged back in as a fresh mount.
 * Needs root: check whyNoTmpfs() from ./tmpfs first.
 */
export interface UsbStick {
  path: string;
  pull(): void;
  plugBack(): void;
  /** Unmounts and removes the mount point, whatever state the stick is in. */
  dispose(): void;
}

export function mountUsbStick(sizeKiB: number): UsbStick {
  const path = join(mkdtempSync(join(tmpdir(), 'rapporteur-stick-')), 'STICK');
  let mounted = false;
  const plug = () => {
    mkdirSync(path, { recursive: true });
    run('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k`, 'tmpfs', path]);
    mounted = true;
  };
  plug();
  return {
    path,
    pull() {
      run('umount', ['-l', path]);
      mounted = false;
      rmdirSync(path);
    },
    plugBack: plug,
    dispose() {
      if (mounted) run('umount', ['-l', path]);
      mounted = false;
      try {
        rmdirSync(path);
      } catch {
        // Already removed by pull().
      }
      rmdirSync(join(path, '..'));
    },
  };
}
