import { join } from 'node:path';
import { DRAFT_ID_PATTERN } from '../../shared/autosave/contract';
import { serializeMeetingFile } from '../../shared/meeting/fileFormat';
import type { Meeting } from '../../shared/meeting/schema';
import { errorCode, type FileSystem } from './fileSystem';
import { readMeetingFile, saveMeetingText, type ReadMeetingFileResult } from './meetingFiles';
import type { WrittenFile } from './safeWrite';

/**
 * Untitled meetings live here, in the app's data folder, until the user gives
 * them a name and a place. Written with the same verified save as meeting
 * files; New never removes one (only an explicit discard, or a draft left blank).
 */
export interface DraftStore {
  /** `text`: the meeting as `serializeMeetingFile` wrote it, when the caller has it already. */
  write(draftId: string, meeting: Meeting, reassurance: string, text?: string): Promise<WrittenFile>;
  read(draftId: string): Promise<ReadMeetingFileResult>;
  list(): Promise<Array<{ draftId: string; mtimeMs: number }>>;
  remove(draftId: string): Promise<void>;
  pathOf(draftId: string): string;
}

const EXTENSION = '.minutes';

export function createDraftStore({ fs, folder }: { fs: FileSystem; folder: string }): DraftStore {
  function pathOf(draftId: string): string {
    if (!DRAFT_ID_PATTERN.test(draftId)) throw new Error(`Not a draft id: "${draftId.slice(0, 60)}".`);
    return join(folder, `${draftId}${EXTENSION}`);
  }

  return {
    pathOf,
    async write(draftId, meeting, reassurance, text) {
      await fs.mkdir(folder, { recursive: true });
      return saveMeetingText(fs, pathOf(draftId), text ?? serializeMeetingFile(meeting), { reassurance });
    },
    read: (draftId) => readMeetingFile(fs, pathOf(draftId)),
    async list() {
      let names: string[];
      try {
        names = await fs.readdir(folder);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return [];
        throw error;
      }
      const ids = names.filter((name) => name.endsWith(EXTENSION)).map((name) => name.slice(0, -EXTENSION.length)).filter((id) => DRAFT_ID_PATTERN.test(id));
      const listed = await Promise.all(ids.map(async (draftId) => {
        try {
          return { draftId, mtimeMs: (await fs.stat(pathOf(draftId))).mtimeMs };
        } catch {
          return undefined;
        }
      }));
      return listed.filter((entry) => entry !== undefined);
    },
    async remove(draftId) {
      try {
        await fs.unlink(pathOf(draftId));
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
      }
    },
  };
}
