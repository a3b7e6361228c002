import { conflictMessage } from './autosaveMessages';
import { checkDiskChange, type DiskChange, type FileFingerprint } from './fileFingerprint';
import type { FileSystem } from './fileSystem';
import type { MeetingKeys } from './meetingKeys';
import { SaveError } from './saveError';

/** A write refused because the file changed on disk; the message says what to do. */
export class ExternalChangeError extends SaveError {
  constructor(path: string) {
    super('io', conflictMessage(path), path);
  }
}

export interface FileState {
  /** What was on disk after the app last read or wrote the file. */
  fingerprint?: FileFingerprint;
  /** Set when the file changed on disk; writes wait for the user's choice. */
  conflict: boolean;
}

/**
 * What the app knows about the files it has open, by file identity (so two
 * spellings of one path share it), to notice another program's change before
 * each write: size and modification time, then the content hash.
 */
export interface KnownFiles {
  stateOf(path: string): Promise<FileState>;
  /** Throws ExternalChangeError when someone else changed the file since it was read or written. */
  checkUnchanged(path: string, state: FileState): Promise<DiskChange | undefined>;
  forget(path: string): Promise<void>;
}

export function createKnownFiles({ fs, keys }: { fs: FileSystem; keys: MeetingKeys }): KnownFiles {
  const files = new Map<string, FileState>();
  return {
    async stateOf(path) {
      const identity = await keys.identityOf(path);
      let state = files.get(identity);
      if (!state) files.set(identity, (state = { conflict: false }));
      return state;
    },
    async checkUnchanged(path, state) {
      const change = state.conflict || !state.fingerprint ? undefined : await checkDiskChange(fs, path, state.fingerprint);
      if (change === 'changed') state.conflict = true;
      if (state.conflict) throw new ExternalChangeError(path);
      return change;
    },
    async forget(path) {
      files.delete(await keys.identityOf(path));
    },
  };
}
