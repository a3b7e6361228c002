import { constants } from 'node:fs';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncFileSystem as fs } from '../../../src/cli/syncFileSystem';
import { errorCode, nodeFileSystem } from '../../../src/main/services/fileSystem';
import { writeFileVerified } from '../../../src/main/services/safeWrite';
import { leftoverTempFiles, makeTempFolder, removeFolder } from '../main/services/helpers/tempFolder';

let folder: string;
beforeEach(async () => { folder = await makeTempFolder(); });
afterEach(() => removeFolder(folder));

describe('syncFileSystem', () => {
  it('opens, writes at a position, syncs and closes a file; refuses to reuse one with "wx"', async () => {
    const path = join(folder, 'a.bin');
    const handle = await fs.open(path, 'wx', 0o600);
    expect(await handle.write(Buffer.from('..world'), 2, 5, 0)).toEqual({ bytesWritten: 5 });
    await handle.sync();
    await handle.close();
    expect(await readFile(path, 'utf8')).toBe('world');
    await expect(fs.open(path, 'wx')).rejects.toMatchObject({ code: 'EEXIST' });
  });

  it('reads, stats, renames, copies, lists and removes files', async () => {
    const a = join(folder, 'a.txt');
    await writeFile(a, 'hello');
    expect(Buffer.from(await fs.readFile(a)).toString()).toBe('hello');
    const stats = await fs.stat(a);
    expect([stats.size, stats.isFile(), stats.isDirectory(), stats.ino > 0]).toEqual([5, true, false, true]);
    await fs.rename(a, join(folder, 'b.txt'));
    await fs.copyFile(join(folder, 'b.txt'), join(folder, 'c.txt'));
    await expect(fs.copyFile(join(folder, 'b.txt'), join(folder, 'c.txt'), constants.COPYFILE_EXCL)).rejects.toMatchObject({ code: 'EEXIST' });
    expect((await fs.readdir(folder)).sort()).toEqual(['b.txt', 'c.txt']);
    await fs.unlink(join(folder, 'b.txt'));
    expect(await fs.readdir(folder)).toEqual(['c.txt']);
  });

  it('creates folders recursively and resolves symlinks as node:fs/promises does', async () => {
    await fs.mkdir(join(folder, 'x', 'y'), { recursive: true });
    expect((await fs.stat(join(folder, 'x', 'y'))).isDirectory()).toBe(true);
    await writeFile(join(folder, 'real.txt'), '');
    await symlink(join(folder, 'real.txt'), join(folder, 'link.txt'));
    expect((await fs.lstat(join(folder, 'link.txt'))).isSymbolicLink()).toBe(true);
    expect(await fs.realpath(join(folder, 'link.txt'))).toBe(await nodeFileSystem.realpath(join(folder, 'real.txt')));
  });

  it('fails with a rejected promise carrying node’s error code, never a throw', async () => {
    let pending: Promise<unknown> | undefined;
    expect(() => { pending = fs.stat(join(folder, 'missing')); }).not.toThrow();
    expect(errorCode(await pending!.catch((error: unknown) => error))).toBe('ENOENT');
    await expect(fs.readFile(folder)).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(fs.open(join(folder, 'no', 'such.txt'), 'wx')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('carries a verified write, which leaves the file and no temp file', async () => {
    const target = join(folder, 'report.docx');
    await writeFile(target, 'old');
    const written = await writeFileVerified(fs, target, new Uint8Array([1, 2, 3]), { reassurance: 'no report file was written' });
    expect(written.path).toBe(await nodeFileSystem.realpath(target));
    expect([...await readFile(target)]).toEqual([1, 2, 3]);
    expect(await leftoverTempFiles(folder)).toEqual([]);
  });
});
