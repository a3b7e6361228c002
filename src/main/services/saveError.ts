import { basename } from 'node:path';
import { errorCode } from './fileSystem';

export type SaveErrorCode =
  | 'disk-full' | 'read-only' | 'folder-missing' | 'verify-failed'
  /** The content itself was refused before touching the disk (e.g. a meeting that would not reopen). */
  | 'invalid-content'
  | 'io';

/**
 * The default end of every save error message. Callers that write something other
 * than the meeting file itself (the recovery store, for instance) pass their own,
 * so the message never promises a safety net that is not there.
 */
export const NOTES_ARE_SAFE = 'your notes are kept in memory and in recovery';

/** A failed save: `code` is for the program, `message` is one sentence for the user. */
export class SaveError extends Error {
  override readonly name = 'SaveError';

  constructor(
    readonly code: SaveErrorCode,
    message: string,
    /** The file that was being saved. */
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const CODES_BY_ERRNO: Readonly<Record<string, SaveErrorCode>> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'read-only',
  EPERM: 'read-only',
  ENOENT: 'folder-missing',
  ENOTDIR: 'folder-missing',
};

export function saveErrorCodeFor(error: unknown): SaveErrorCode {
  if (error instanceof SaveError) return error.code;
  return CODES_BY_ERRNO[errorCode(error) ?? ''] ?? 'io';
}

export function saveErrorMessage(code: SaveErrorCode, path: string, detail: string, reassurance = NOTES_ARE_SAFE): string {
  const name = `"${basename(path)}"`;
  switch (code) {
    case 'disk-full':
      return `The disk is full, so ${name} was not saved: free some space and save again; ${reassurance}.`;
    case 'read-only':
      return `${name} cannot be written there (the disk or folder is read-only, you lack permission, or another program holds the file): use Save As to choose another place; ${reassurance}.`;
    case 'folder-missing':
      return `The folder of ${name} is no longer there (was a drive or network share disconnected?): reconnect it or use Save As; ${reassurance}.`;
    case 'verify-failed':
      return `${name} did not read back as it was written, so the save was undone: use Save As to save to another disk; ${reassurance}.`;
    case 'invalid-content':
      return `${name} was not saved because ${detail}; ${reassurance}.`;
    case 'io':
      return `${name} could not be saved (${detail}): try again or use Save As; ${reassurance}.`;
  }
}

function describe(error: unknown): string {
  if (error instanceof SaveError && error.cause !== undefined) return describe(error.cause);
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Any failure becomes a SaveError about `path`; an existing SaveError about `path` passes through. */
export function toSaveError(error: unknown, path: string, reassurance = NOTES_ARE_SAFE): SaveError {
  if (error instanceof SaveError && error.path === path) return error;
  const code = saveErrorCodeFor(error);
  return new SaveError(code, saveErrorMessage(code, path, describe(error), reassurance), path, { cause: error });
}
