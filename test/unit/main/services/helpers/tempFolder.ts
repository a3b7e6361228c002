import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isTempFileName } from '../../../../../src/main/services/safeWrite';

/** A fresh real folder under the OS temp folder; tests never mock the file system. */
export function makeTempFolder(prefix = 'rapporteur-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function removeFolder(path: string): Promise<void> {
  return rm(path, { recursive: true, force: true });
}

/** The hidden temp files writeFileVerified creates; none may outlive a write. */
export async function leftoverTempFiles(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter(isTempFileName);
}
