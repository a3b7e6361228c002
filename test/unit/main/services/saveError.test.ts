import { describe, expect, it } from 'vitest';
import { SaveError, saveErrorCodeFor, toSaveError, type SaveErrorCode } from '../../../../src/main/services/saveError';
import { fsError } from './helpers/faultyFileSystem';

describe('SaveError', () => {
  it('maps file-system error codes to what the user can do about them', () => {
    const expected: Record<string, SaveErrorCode> = {
      ENOSPC: 'disk-full', EDQUOT: 'disk-full', EROFS: 'read-only', EACCES: 'read-only', EPERM: 'read-only',
      ENOENT: 'folder-missing', ENOTDIR: 'folder-missing', EIO: 'io', EBUSY: 'io',
    };
    for (const [errno, code] of Object.entries(expected)) expect(saveErrorCodeFor(fsError(errno))).toBe(code);
    expect(saveErrorCodeFor(new Error('no code'))).toBe('io');
  });

  it('gives one sentence naming the file and what to do, ending with what is still safe', () => {
    for (const errno of ['ENOSPC', 'EROFS', 'ENOENT', 'EIO']) {
      const error = toSaveError(fsError(errno), '/data/WG 60.minutes');
      expect(error).toBeInstanceOf(SaveError);
      expect(error.message).toContain('"WG 60.minutes"');
      expect(error.message).toMatch(/: .*; your notes are kept in memory and in recovery\.$/);
      expect(error.message.split('. ')).toHaveLength(1);
      expect(error.cause).toMatchObject({ code: errno });
    }
    expect(toSaveError(fsError('ENOSPC'), '/r/x.json', 'the previous recovery copy is kept').message)
      .toBe('The disk is full, so "x.json" was not saved: free some space and save again; the previous recovery copy is kept.');
  });

  it('passes a SaveError about the same file through and retargets one about another file', () => {
    const original = toSaveError(fsError('EIO'), '/a.minutes');
    expect(toSaveError(original, '/a.minutes')).toBe(original);
    const retargeted = toSaveError(original, '/b.minutes');
    expect(retargeted).toMatchObject({ code: 'io', path: '/b.minutes', cause: original });
    expect(retargeted.message).toBe('"b.minutes" could not be saved (EIO: injected fault, write): try again or use Save As; your notes are kept in memory and in recovery.');
  });
});
