import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncFileSystem as fs } from '../../../src/cli/syncFileSystem';
import { errorCode, nodeFileSystem } from '../../../src/main/services/fileSystem';
import { writeFileVerified } from '../../../src/main/services/safeWrite';
import { itBehavesAsFileSystem } from '../main/services/helpers/fileSystemContract';
import { leftoverTempFiles } from '../main/services/helpers/tempFolder';

describe('syncFileSystem', () => {
  const { folder } = itBehavesAsFileSystem(fs);

  it('fails with a rejected promise carrying node’s error code, never a throw', async () => {
    let pending: Promise<unknown> | undefined;
    expect(() => { pending = fs.stat(join(folder(), 'missing')); }).not.toThrow();
    expect(errorCode(await pending!.catch((error: unknown) => error))).toBe('ENOENT');
    await expect(fs.readFile(folder())).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(fs.open(join(folder(), 'no', 'such.txt'), 'wx')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('carries a verified write, which leaves the file and no temp file', async () => {
    const target = join(folder(), 'report.docx');
    await writeFile(target, 'old');
    const written = await writeFileVerified(fs, target, new Uint8Array([1, 2, 3]), { reassurance: 'no report file was written' });
    expect(written.path).toBe(await nodeFileSystem.realpath(target));
    expect([...await readFile(target)]).toEqual([1, 2, 3]);
    expect(await leftoverTempFiles(folder())).toEqual([]);
  });
});
