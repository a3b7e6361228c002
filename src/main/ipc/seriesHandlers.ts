import { basename, dirname } from 'node:path';
import type { HandlerTable } from './handlerTable';
import type { MeetingFileService } from './meetingFileService';
import type { SeriesRequestName } from '../../shared/series/contract';
import { safeFileName } from '../../shared/fileNames';
import { profileLabel } from '../../shared/profiles/schema';
import { PROFILE_FILE_EXTENSION } from '../../shared/profiles/profileFile';
import type { FileSystem } from '../services/fileSystem';
import type { MeetingLibrary } from '../services/libraryScan';
import { readMeetingFile } from '../services/meetingFiles';
import { profileErrorMessage, type ProfileStore } from '../services/profilesStore';
import { readReportDocx } from '../services/reportImportDocx';

/** The native dialogs of the series features; part of the app's Dialogs, scripted in tests. */
export interface SeriesDialogs {
  choosePreviousMeeting(windowId: number): Promise<string | null>;
  chooseReportToImport(windowId: number): Promise<string | null>;
  chooseProfileToImport(windowId: number): Promise<string | null>;
  chooseWhereToExportProfile(windowId: number, suggestedFileName: string): Promise<string | null>;
  chooseLibraryFolder(windowId: number): Promise<string | null>;
}

export interface SeriesHandlerDeps {
  fs: FileSystem;
  profiles: ProfileStore;
  library: MeetingLibrary;
  files: Pick<MeetingFileService, 'open' | 'pathOf'>;
  dialogs: SeriesDialogs;
}

export type SeriesHandlers = Pick<HandlerTable, SeriesRequestName>;

const failed = (error: unknown) => ({ status: 'failed' as const, message: profileErrorMessage(error) });

export function createSeriesHandlers(deps: SeriesHandlerDeps): SeriesHandlers {
  const { profiles, dialogs } = deps;
  // The folder the library showed last: searching again does not ask for it again.
  let libraryFolder: string | undefined;

  async function folderFor(request: Parameters<SeriesHandlers['listLibrary']>[0], windowId: number): Promise<string | null> {
    if (request.folder.kind === 'choose') return dialogs.chooseLibraryFolder(windowId);
    if (request.folder.kind === 'ofDocument') {
      const path = deps.files.pathOf(request.folder.handle);
      return path === undefined ? null : dirname(path);
    }
    return libraryFolder ?? null;
  }

  return {
    listProfiles: () => profiles.list(),
    async getProfile({ id }) {
      try {
        const profile = await profiles.get(id);
        return profile ? { status: 'found', profile } : { status: 'failed', message: 'That group profile is no longer there: it was removed or moved.' };
      } catch (error) {
        return failed(error);
      }
    },
    async saveProfile({ profile }) {
      try {
        return { status: 'saved', summary: await profiles.save(profile) };
      } catch (error) {
        return failed(error);
      }
    },
    async deleteProfile({ id }) {
      try {
        await profiles.remove(id);
        return { status: 'deleted' };
      } catch (error) {
        return failed(error);
      }
    },
    async exportProfile({ id }, context) {
      try {
        const profile = await profiles.get(id);
        if (!profile) return { status: 'failed', message: 'That group profile is no longer there: it was removed or moved.' };
        const path = await dialogs.chooseWhereToExportProfile(context.windowId, safeFileName(profileLabel(profile), PROFILE_FILE_EXTENSION, 'Group profile'));
        if (path === null) return { status: 'cancelled' };
        return { status: 'exported', fileName: await profiles.exportTo(id, path), folder: dirname(path) };
      } catch (error) {
        return failed(error);
      }
    },
    async importProfile(_request, context) {
      const path = await dialogs.chooseProfileToImport(context.windowId);
      if (path === null) return { status: 'cancelled' };
      try {
        return { status: 'imported', ...(await profiles.importFrom(path)) };
      } catch (error) {
        return failed(error);
      }
    },
    async readReportFile(_request, context) {
      const path = await dialogs.chooseReportToImport(context.windowId);
      if (path === null) return { status: 'cancelled' };
      const read = await readReportDocx(deps.fs, path);
      return read.ok ? { status: 'read', fileName: read.fileName, text: read.text } : { status: 'failed', message: read.message };
    },
    async choosePreviousMeeting(_request, context) {
      const path = await dialogs.choosePreviousMeeting(context.windowId);
      if (path === null) return { status: 'cancelled' };
      const read = await readMeetingFile(deps.fs, path);
      return read.ok ? { status: 'read', fileName: basename(path), meeting: read.meeting } : { status: 'failed', message: read.error.message };
    },
    async listLibrary(request, context) {
      const folder = await folderFor(request, context.windowId);
      if (folder === null) return request.folder.kind === 'choose' ? { status: 'cancelled' } : { status: 'failed', message: 'Choose a folder of meetings first.' };
      libraryFolder = folder;
      return { status: 'listed', ...(await deps.library.list(folder, request.query)) };
    },
    async openLibraryMeeting({ entryId }) {
      const path = deps.library.pathOf(entryId);
      if (path === undefined) return { status: 'failed', fileName: '', message: 'That meeting is no longer in the library: list the folder again.' };
      return deps.files.open(path);
    },
  };
}
