import { rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDiskChange, fingerprintOf, sha256Of } from '../../../../src/main/services/fileFingerprint';
import { nodeFileSystem } from '../../../../src/main/services/fileSystem';
import { writeFileVerified } from '../../../../src/main/services/safeWrite';
import { makeTempFolder, removeFolder } from './helpers/tempFolder';

let folder: string;
let path: string;
beforeEach(async () => {
  folder = await makeTempFolder();
  path = join(folder, 'm.minutes');
});
afterEach(() => removeFolder(folder));

describe('checkDiskChange', () => {
  it('sees no change right after a verified save', async () => {
    const written = await writeFileVerified(nodeFileSystem, path, 'minutes v1');
    expect(await checkDiskChange(nodeFileSystem, path, written)).toBe('unchanged');
  });

  it('does not count a touch without a content change', async () => {
    const written = await writeFileVerified(nodeFileSystem, path, 'minutes v1');
    await utimes(path, new Date('2030-01-01'), new Date('2030-01-01'));
    expect(await checkDiskChange(nodeFileSystem, path, written)).toBe('unchanged');
  });

  it('sees a change of size, or of content at the same size and a new mtime, and a deletion', async () => {
    const written = await writeFileVerified(nodeFileSystem, path, 'minutes v1');
    await writeFile(path, 'minutes v2');
    await utimes(path, new Date('2030-01-01'), new Date('2030-01-01'));
    expect(await checkDiskChange(nodeFileSystem, path, written)).toBe('changed');
    await writeFile(path, 'minutes v10');
    expect(await checkDiskChange(nodeFileSystem, path, written)).toBe('changed');
    await rm(path);
    expect(await checkDiskChange(nodeFileSystem, path, written)).toBe('deleted');
  });

  it('fingerprints bytes with their size and SHA-256', async () => {
    await writeFile(path, 'abc');
    const stats = await stat(path);
    expect(fingerprintOf(Buffer.from('abc'), stats)).toEqual({
      size: 3, mtimeMs: stats.mtimeMs, sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
    expect(sha256Of(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
