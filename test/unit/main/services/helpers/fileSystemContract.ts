import { constants } from 'node:fs';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FileSystem } from '../../../../../src/main/services/fileSystem';
import { makeTempFolder, removeFolder } from './tempFolder';

/**
 * What every FileSystem must do, against a real temporary folder: the main
 * process's promise-based one and the CLI's synchronous one are held to the
 * same behaviour, node's error codes included. Call inside a describe block.
 */
export function itBehavesAsFileSystem(fs: FileSystem): { folder: () => string } {
  let folder = '';
  beforeEach(async () => { folder = await makeTempFolder(); });
  afterEach(() => removeFolder(folder));

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

  it('creates folders recursively and resolves symlinks', async () => {
    await fs.mkdir(join(folder, 'x', 'y'), { recursive: true });
    expect((await fs.stat(join(folder, 'x', 'y'))).isDirectory()).toBe(true);
    await writeFile(join(folder, 'real.txt'), '');
    await symlink(join(folder, 'real.txt'), join(folder, 'link.txt'));
    expect((await fs.lstat(join(folder, 'link.txt'))).isSymbolicLink()).toBe(true);
    expect(await fs.realpath(join(folder, 'link.txt'))).toBe(await fs.realpath(join(folder, 'real.txt')));
  });

  return { folder: () => folder };
}
