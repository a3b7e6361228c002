// Where the Electron binary is, and whether it is really there (its package can be installed without it).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function electronBinaryStatus(root = process.cwd()) {
  const packageDir = resolve(root, 'node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { available: false, reason: 'the Electron binary was never downloaded' };
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable)
    ? { available: true, executable }
    : { available: false, reason: `the Electron binary is missing at ${executable}` };
}
