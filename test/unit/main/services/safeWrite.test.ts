import { chmod, mkdir, readFile, readlink, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Of } from '../../../../src/main/services/fileFingerprint';
import { nodeFileSystem, type FileSystem } from '../../../../src/main/services/fileSystem';
import { isTempFileName, SaveError, writeFileVerified } from '../../../../src/main/services/safeWrite';
import { fsError, fsWith, withWrappedTempHandles } from './helpers/faultyFileSystem';
import { leftoverTempFiles, makeTempFolder, removeFolder } from './helpers/tempFolder';
import { mountTmpfs, whyNoTmpfs, type Tmpfs } from './helpers/tmpfs';

const OLD = Buffer.from('the previous, good minutes\n');
const NEW = Buffer.from('{"new":"minutes"}\n'.repeat(200));
const noWait = async () => undefined;

let folder: string;
let target: string;

beforeEach(async () => {
  folder = await makeTempFolder();
  target = join(folder, 'meeting.minutes');
});
afterEach(() => removeFolder(folder));

/** Runs a write expected to fail and returns its SaveError. */
async function failingWrite(fs: FileSystem, path = target, data: Uint8Array = NEW): Promise<SaveError> {
  const error = await writeFileVerified(fs, path, data, { sleep: noWait }).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(SaveError);
  return error as SaveError;
}

async function expectPreviousIntactAndNoTemp(): Promise<void> {
  expect(await readFile(target)).toEqual(OLD);
  expect(await leftoverTempFiles(folder)).toEqual([]);
}

describe('writeFileVerified on a healthy disk', () => {
  it('creates a new file with exactly the bytes and reports its fingerprint', async () => {
    const written = await writeFileVerified(nodeFileSystem, target, NEW);
    expect(await readFile(target)).toEqual(NEW);
    expect(written).toMatchObject({ path: target, size: NEW.length, sha256: sha256Of(NEW) });
    expect(written.mtimeMs).toBe((await stat(target)).mtimeMs);
    expect(await leftoverTempFiles(folder)).toEqual([]);
  });

  it('replaces an existing file, keeping its permissions', async () => {
    await writeFile(target, OLD, { mode: 0o640 });
    await chmod(target, 0o640);
    await writeFileVerified(nodeFileSystem, target, NEW);
    expect(await readFile(target)).toEqual(NEW);
    if (process.platform !== 'win32') expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  it('encodes a string as UTF-8 and writes an empty content as an empty file', async () => {
    await writeFileVerified(nodeFileSystem, target, 'Réunion – 会议 ✓');
    expect(await readFile(target, 'utf8')).toBe('Réunion – 会议 ✓');
    await writeFileVerified(nodeFileSystem, target, new Uint8Array(0));
    expect((await readFile(target)).length).toBe(0);
  });

  it('saves through a symlink into the real file and leaves the link in place', async () => {
    const real = join(folder, 'real.minutes');
    await writeFile(real, OLD);
    await symlink(real, target);
    const written = await writeFileVerified(nodeFileSystem, target, NEW);
    expect(written.path).toBe(real);
    expect(await readlink(target)).toBe(real);
    expect(await readFile(real)).toEqual(NEW);
  });

  it('keeps the temp file name short enough for a long target name', async () => {
    const longTarget = join(folder, `${'x'.repeat(240)}.minutes`);
    await writeFileVerified(nodeFileSystem, longTarget, NEW);
    expect(await readFile(longTarget)).toEqual(NEW);
  });

  it('keeps the previous bytes at keepPreviousAt, creating that folder, before replacing', async () => {
    await writeFile(target, OLD);
    const keepAt = join(folder, 'app-data', 'versions', 'previous.minutes');
    const written = await writeFileVerified(nodeFileSystem, target, NEW, { keepPreviousAt: keepAt });
    expect(written.previousKeptAt).toBe(keepAt);
    expect(await readFile(keepAt)).toEqual(OLD);
    expect(await readFile(target)).toEqual(NEW);
  });

  it('takes a hash the caller already has for the fingerprint, and never for the previous bytes it keeps', async () => {
    await writeFile(target, OLD);
    const keepAt = join(folder, 'kept.minutes');
    const written = await writeFileVerified(nodeFileSystem, target, NEW, { keepPreviousAt: keepAt, sha256: sha256Of(NEW) });
    expect(written.sha256).toBe(sha256Of(NEW));
    expect(await readFile(keepAt)).toEqual(OLD);
    const kept = await writeFileVerified(nodeFileSystem, keepAt, OLD);
    expect(kept.sha256).toBe(sha256Of(OLD));
  });

  it('keeps nothing when there was no previous file', async () => {
    const keepAt = join(folder, 'kept.minutes');
    const written = await writeFileVerified(nodeFileSystem, target, NEW, { keepPreviousAt: keepAt });
    expect(written.previousKeptAt).toBeUndefined();
    await expect(stat(keepAt)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('tolerates a platform that cannot open or fsync a folder', async () => {
    for (const code of ['EISDIR', 'EPERM', 'EINVAL']) {
      const fs = fsWith({
        open: async (path, flags, mode) => {
          if (path === folder) throw fsError(code, 'open');
          return nodeFileSystem.open(path, flags, mode);
        },
      });
      await writeFileVerified(fs, target, Buffer.from(code));
      expect(await readFile(target, 'utf8')).toBe(code);
    }
  });
});

describe('writeFileVerified when the disk misbehaves', () => {
  beforeEach(() => writeFile(target, OLD));

  it('loops over short writes: half of each request written and reported', async () => {
    let calls = 0;
    const fs = withWrappedTempHandles((handle) => ({
      ...handle,
      write: (buffer, offset, length, position) => {
        calls += 1;
        return handle.write(buffer, offset, Math.ceil(length / 2), position);
      },
    }));
    await writeFileVerified(fs, target, NEW);
    expect(await readFile(target)).toEqual(NEW);
    expect(calls).toBeGreaterThan(5);
  });

  it('treats a write that makes no progress as an error instead of looping', async () => {
    const fs = withWrappedTempHandles((handle) => ({ ...handle, write: async () => ({ bytesWritten: 0 }) }));
    const error = await failingWrite(fs);
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/stopped accepting data/);
    await expectPreviousIntactAndNoTemp();
  });

  it('reports a full disk (ENOSPC after N bytes) and keeps the previous file', async () => {
    let budget = 1000;
    const fs = withWrappedTempHandles((handle) => ({
      ...handle,
      write: async (buffer, offset, length, position) => {
        if (budget === 0) throw fsError('ENOSPC');
        const result = await handle.write(buffer, offset, Math.min(length, budget), position);
        budget -= result.bytesWritten;
        return result;
      },
    }));
    const error = await failingWrite(fs);
    expect(error.code).toBe('disk-full');
    expect(error.message).toMatch(/^The disk is full, so "meeting\.minutes" was not saved: .*recovery\.$/);
    expect(error.path).toBe(target);
    await expectPreviousIntactAndNoTemp();
  });

  it('maps EDQUOT to disk-full as well', async () => {
    const fs = withWrappedTempHandles((handle) => ({ ...handle, write: async () => { throw fsError('EDQUOT'); } }));
    expect((await failingWrite(fs)).code).toBe('disk-full');
    await expectPreviousIntactAndNoTemp();
  });

  it('fails on an fsync error (EIO) and keeps the previous file', async () => {
    const fs = withWrappedTempHandles((handle) => ({ ...handle, sync: async () => { throw fsError('EIO', 'fsync'); } }));
    const error = await failingWrite(fs);
    expect(error.code).toBe('io');
    await expectPreviousIntactAndNoTemp();
  });

  it('fails when close reports a delayed write error', async () => {
    const fs = withWrappedTempHandles((handle) => ({
      ...handle,
      close: async () => { await handle.close(); throw fsError('EIO', 'close'); },
    }));
    expect((await failingWrite(fs)).code).toBe('io');
    await expectPreviousIntactAndNoTemp();
  });

  it('retries a rename that fails with EBUSY twice, then saves', async () => {
    let renames = 0;
    const pauses: number[] = [];
    const fs = fsWith({
      rename: async (from, to) => {
        renames += 1;
        if (renames <= 2) throw fsError('EBUSY', 'rename');
        return nodeFileSystem.rename(from, to);
      },
    });
    await writeFileVerified(fs, target, NEW, { sleep: async (ms) => { pauses.push(ms); } });
    expect(renames).toBe(3);
    expect(pauses).toEqual([15, 30]);
    expect(await readFile(target)).toEqual(NEW);
    expect(await leftoverTempFiles(folder)).toEqual([]);
  });

  it('gives up on a rename that always fails with EPERM after a bounded number of attempts', async () => {
    let renames = 0;
    const fs = fsWith({ rename: async () => { renames += 1; throw fsError('EPERM', 'rename'); } });
    const error = await failingWrite(fs);
    expect(renames).toBe(6);
    expect(error.code).toBe('read-only');
    expect(error.message).toMatch(/another program holds the file/);
    await expectPreviousIntactAndNoTemp();
  });

  it('undoes a save whose read-back does not match (verify-failed)', async () => {
    const fs = fsWith({
      readFile: async (path) => {
        const bytes = Buffer.from(await nodeFileSystem.readFile(path));
        if (path === target && bytes.equals(NEW)) bytes[0] = (bytes[0] ?? 0) ^ 0xff;
        return bytes;
      },
    });
    const error = await failingWrite(fs);
    expect(error.code).toBe('verify-failed');
    expect(error.message).toMatch(/did not read back as it was written, so the save was undone/);
    await expectPreviousIntactAndNoTemp();
  });

  it('removes a new file whose read-back does not match', async () => {
    const fresh = join(folder, 'fresh.minutes');
    const fs = fsWith({ readFile: async () => Buffer.from('something else') });
    expect((await failingWrite(fs, fresh)).code).toBe('verify-failed');
    await expect(stat(fresh)).rejects.toMatchObject({ code: 'ENOENT' });
    await expectPreviousIntactAndNoTemp();
  });

  it('restores the previous bytes when the folder fsync fails with EIO after the rename', async () => {
    let folderSyncs = 0;
    const fs = fsWith({
      open: async (path, flags, mode) => {
        const handle = await nodeFileSystem.open(path, flags, mode);
        if (path !== folder) return handle;
        return { ...handle, sync: async () => { folderSyncs += 1; if (folderSyncs === 1) throw fsError('EIO', 'fsync'); } };
      },
    });
    expect((await failingWrite(fs)).code).toBe('io');
    await expectPreviousIntactAndNoTemp();
  });

  it('names a missing folder as folder-missing', async () => {
    const error = await failingWrite(nodeFileSystem, join(folder, 'gone', 'meeting.minutes'));
    expect(error.code).toBe('folder-missing');
    expect(error.message).toMatch(/reconnect it or use Save As/);
  });

  it('refuses to replace a folder or a file marked read-only', async () => {
    await mkdir(join(folder, 'dir.minutes'));
    expect((await failingWrite(nodeFileSystem, join(folder, 'dir.minutes'))).code).toBe('io');
    await chmod(target, 0o444);
    expect((await failingWrite(nodeFileSystem)).code).toBe('read-only');
    await expectPreviousIntactAndNoTemp();
  });

  it('leaves the target untouched when keeping the previous version fails, naming the target', async () => {
    await writeFile(join(folder, 'not-a-folder'), 'x');
    const error = await writeFileVerified(nodeFileSystem, target, NEW, { keepPreviousAt: join(folder, 'not-a-folder', 'kept') })
      .then(() => undefined, (e: unknown) => e as SaveError);
    expect(error?.path).toBe(target);
    expect(error?.message).toContain('"meeting.minutes"');
    await expectPreviousIntactAndNoTemp();
  });
});

const tmpfsProblem = whyNoTmpfs();
if (tmpfsProblem) console.log(`Skipping the real read-only and full-disk tests: ${tmpfsProblem}.`);
const isRoot = process.getuid?.() === 0;
if (isRoot) console.log('Skipping the chmod read-only folder test: root ignores folder permissions (the tmpfs test covers it).');

describe('writeFileVerified on real, hostile file systems', () => {
  const mounts: Tmpfs[] = [];
  afterAll(() => mounts.forEach((mount) => mount.unmount()));

  it.skipIf(isRoot || process.platform === 'win32')('fails with read-only in a folder without write permission', async () => {
    await writeFile(target, OLD);
    await chmod(folder, 0o555);
    try {
      expect((await failingWrite(nodeFileSystem)).code).toBe('read-only');
    } finally {
      await chmod(folder, 0o755);
    }
    await expectPreviousIntactAndNoTemp();
  });

  it.skipIf(tmpfsProblem !== undefined)('fails with read-only on a read-only mounted file system (EROFS)', async () => {
    const mount = mountTmpfs(64);
    mounts.push(mount);
    const file = join(mount.path, 'meeting.minutes');
    await writeFile(file, OLD);
    mount.makeReadOnly();
    const error = await failingWrite(nodeFileSystem, file);
    expect(error.code).toBe('read-only');
    expect(error.cause).toMatchObject({ code: 'EROFS' });
    expect(await readFile(file)).toEqual(OLD);
    expect(await leftoverTempFiles(mount.path)).toEqual([]);
  });

  it.skipIf(tmpfsProblem !== undefined)('fails with disk-full on a really full 64 KiB tmpfs, keeping the previous file', async () => {
    const mount = mountTmpfs(64);
    mounts.push(mount);
    const file = join(mount.path, 'meeting.minutes');
    await writeFile(file, OLD);
    const filler = join(mount.path, 'filler');
    await expect(writeFile(filler, Buffer.alloc(128 * 1024, 1))).rejects.toMatchObject({ code: 'ENOSPC' });
    // Free 16 KiB so the 48 KiB write starts, is cut short, then hits ENOSPC.
    await truncate(filler, (await stat(filler)).size - 16 * 1024);
    const big = Buffer.alloc(48 * 1024, 'n');
    const error = await failingWrite(nodeFileSystem, file, big);
    expect(error.code).toBe('disk-full');
    expect(error.cause).toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(file)).toEqual(OLD);
    expect(await leftoverTempFiles(mount.path)).toEqual([]);
  });
});

describe('isTempFileName', () => {
  it('knows the temporary file of a write in progress, and nothing else', async () => {
    const folder = await makeTempFolder();
    try {
      const target = join(folder, 'meeting.minutes');
      // Seen from inside the write: the temporary file exists beside the target until the rename.
      const seen: string[] = [];
      const fs: FileSystem = { ...nodeFileSystem, rename: async (from, to) => { seen.push(from); return nodeFileSystem.rename(from, to); } };
      await writeFileVerified(fs, target, NEW);
      expect(seen).toHaveLength(1);
      expect(isTempFileName(seen[0]!.slice(folder.length + 1))).toBe(true);
      for (const name of ['meeting.minutes', '.hidden', 'draft-abc.tmp.minutes', 'notes.tmp']) expect(isTempFileName(name)).toBe(false);
    } finally {
      await removeFolder(folder);
    }
  });
});
