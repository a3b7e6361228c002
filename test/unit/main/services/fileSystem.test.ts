import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCode, nodeFileSystem as fs } from '../../../../src/main/services/fileSystem';
import { itBehavesAsFileSystem } from './helpers/fileSystemContract';

describe('nodeFileSystem', () => {
  const { folder } = itBehavesAsFileSystem(fs);

  it('keeps node error codes, which errorCode reads', async () => {
    const error = await fs.stat(join(folder(), 'missing')).catch((e: unknown) => e);
    expect(errorCode(error)).toBe('ENOENT');
    expect(errorCode(new Error('plain'))).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
  });
});
