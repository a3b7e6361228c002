import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SaveError, writeFileVerified } from '../../../../src/main/services/safeWrite';
import { fsError, withWrappedTempHandles } from './helpers/faultyFileSystem';
import { leftoverTempFiles, makeTempFolder, removeFolder } from './helpers/tempFolder';

let folder: string;
beforeEach(async () => { folder = await makeTempFolder(); });
afterEach(() => removeFolder(folder));

describe('writeFileVerified, property: the exact new bytes or the old bytes intact', () => {
  it('holds for random contents and random short-write / full-disk patterns', async () => {
    let runs = 0;
    await fc.assert(fc.asyncProperty(
      fc.uint8Array({ maxLength: 3000 }),
      fc.option(fc.uint8Array({ maxLength: 3000 }), { nil: undefined }),
      fc.array(fc.integer({ min: 0, max: 1200 }), { minLength: 1, maxLength: 6 }),
      fc.option(fc.nat(4000), { nil: undefined }),
      async (data, previous, pattern, diskFullAfter) => {
        runs += 1;
        const path = join(folder, `p${runs}.minutes`);
        if (previous) await writeFile(path, previous);
        let call = 0;
        let written = 0;
        const fs = withWrappedTempHandles((handle) => ({
          ...handle,
          write: async (buffer, offset, length, position) => {
            const cap = Math.min(length, pattern[call++ % pattern.length]!);
            if (cap === 0) return { bytesWritten: 0 };
            const room = diskFullAfter === undefined ? cap : Math.min(cap, diskFullAfter - written);
            if (room <= 0) throw fsError('ENOSPC');
            const result = await handle.write(buffer, offset, room, position);
            written += result.bytesWritten;
            return result;
          },
        }));
        const outcome = await writeFileVerified(fs, path, data).then(() => 'saved', (e: unknown) => e);
        const onDisk = await readFile(path).catch(() => undefined);
        if (outcome === 'saved') {
          expect(onDisk).toEqual(Buffer.from(data));
        } else {
          expect(outcome).toBeInstanceOf(SaveError);
          expect(onDisk).toEqual(previous ? Buffer.from(previous) : undefined);
          const faultPossible = pattern.includes(0) || diskFullAfter !== undefined;
          expect(faultPossible).toBe(true);
        }
        expect(await leftoverTempFiles(folder)).toEqual([]);
      },
    ), { numRuns: 150 });
    expect(runs).toBeGreaterThanOrEqual(150);
  });
});
