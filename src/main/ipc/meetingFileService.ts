import { basename, dirname } from 'node:path';
import type { DocumentInfo, OpenResult, RecentFile, SaveResult } from '../../shared/bridge/contract';
import type { Meeting } from '../../shared/meeting/schema';
import type { DocumentRegistry } from '../services/documents';
import type { FileFingerprint } from '../services/fileFingerprint';
import type { FileSystem } from '../services/fileSystem';
import { readMeetingFile, saveMeetingFile } from '../services/meetingFiles';
import type { RecentFiles } from '../services/recentFiles';
import { SaveError, type WrittenFile } from '../services/safeWrite';

/** The file operations the handlers need, in the bridge's terms: handles out, never paths. */
export interface MeetingFileService {
  open(path: string): Promise<OpenResult>;
  save(path: string, meeting: Meeting): Promise<SaveResult>;
  pathOf(handle: string): string | undefined;
  recentPath(recentId: string): Promise<string | undefined>;
  listRecent(): Promise<RecentFile[]>;
}

export interface MeetingFileServiceDeps {
  fs: FileSystem;
  documents: DocumentRegistry;
  recent: RecentFiles;
  clock: () => Date;
  /** Keeping notes safe: remember what was opened (to notice outside changes), and save through the writer that fills the recovery store first. */
  safety?: {
    opened(path: string, fingerprint: FileFingerprint, meeting: Meeting): Promise<void>;
    write(path: string, meeting: Meeting): Promise<WrittenFile>;
  };
}

export function createMeetingFileService(deps: MeetingFileServiceDeps): MeetingFileService {
  const { fs, documents, recent } = deps;

  async function documentInfo(path: string): Promise<DocumentInfo> {
    const handle = (await documents.findOpen(path)) ?? (await documents.register(path));
    return { handle, fileName: basename(path), folder: dirname(path) };
  }

  return {
    async open(path) {
      const result = await readMeetingFile(fs, path);
      if (!result.ok) return { status: 'failed', fileName: basename(path), message: result.error.message };
      await recent.add(path);
      // Independent of each other: the recovery baseline (queued here, fsynced later) need not wait for the handle, nor the handle for it.
      const [, document] = await Promise.all([deps.safety?.opened(result.path, result.fingerprint, result.meeting), documentInfo(path)]);
      const opened: OpenResult = { status: 'opened', document, meeting: result.meeting, readOnly: result.readOnly };
      return result.notice === undefined ? opened : { ...opened, notice: result.notice };
    },
    async save(path, meeting) {
      try {
        await (deps.safety ? deps.safety.write(path, meeting) : saveMeetingFile(fs, path, meeting));
      } catch (error) {
        if (error instanceof SaveError) return { status: 'failed', message: error.message };
        throw error;
      }
      await recent.add(path);
      return { status: 'saved', document: await documentInfo(path), savedAt: deps.clock().toISOString() };
    },
    pathOf(handle) {
      try {
        return documents.pathOf(handle);
      } catch {
        return undefined;
      }
    },
    async recentPath(recentId) {
      return recent.resolve(recentId);
    },
    async listRecent() {
      return recent.list();
    },
  };
}
