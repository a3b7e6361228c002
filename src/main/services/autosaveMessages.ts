import { basename } from 'node:path';
import type { SaveError, SaveErrorCode } from './saveError';

/** Ends every message about a write that failed while the recovery store holds the notes. */
export const KEPT_IN_RECOVERY = 'your notes are kept in recovery, and saving resumes by itself once this is fixed';

const SHORT_REASONS: Record<SaveErrorCode, string> = {
  'disk-full': 'the disk is full',
  'read-only': 'the disk or folder is read-only, or you lack permission',
  'folder-missing': 'its folder is gone',
  'verify-failed': 'it did not read back as written',
  'invalid-content': 'the meeting would not reopen',
  io: 'the disk reported an error',
};

export function shortReason(error: SaveError): string {
  return SHORT_REASONS[error.code];
}

export function conflictMessage(path: string): string {
  return `"${basename(path)}" was changed by another program since Rapporteur last read or saved it, so it was not overwritten: choose to keep your version, load theirs, or save yours as a copy; ${KEPT_IN_RECOVERY}.`;
}

export function draftFailedMessage(error: SaveError): string {
  return `This untitled meeting could not be kept in its draft (${shortReason(error)}): free some space, or use Save As to keep it in a file; ${KEPT_IN_RECOVERY}.`;
}

export function notSavedAnywhereMessage(recoveryError: SaveError, fileProblem: string): string {
  return `Your latest changes are only on screen: the recovery store could not be written (${shortReason(recoveryError)}) and ${fileProblem}. Keep Rapporteur open, and free some space or use Save As to another disk.`;
}

export function fileProblemOf(outcome: { status: string; message?: string }, fileName: string): string {
  if (outcome.status === 'conflict') return `"${fileName}" changed on disk, so it was not overwritten`;
  if (outcome.status === 'saving') return `"${fileName}" is still being written, slowly`;
  return `"${fileName}" could not be saved either`;
}
