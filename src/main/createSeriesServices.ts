import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSeriesHandlers, type SeriesDialogs, type SeriesHandlers } from './ipc/seriesHandlers';
import type { MeetingFileService } from './ipc/meetingFileService';
import type { FileSystem } from './services/fileSystem';
import { createMeetingLibrary } from './services/libraryScan';
import { createProfileStore } from './services/profilesStore';

export interface SeriesServiceDeps {
  fs: FileSystem;
  /** The app's data folder; group profiles live in its "profiles" folder. */
  dataDir?: string | undefined;
  files: Pick<MeetingFileService, 'open' | 'pathOf'>;
  dialogs: SeriesDialogs;
}

/** The profile store, the meetings library and their bridge handlers. */
export function createSeriesServices(deps: SeriesServiceDeps): SeriesHandlers {
  const dataDir = deps.dataDir ?? join(tmpdir(), `rapporteur-data-${process.pid}`);
  return createSeriesHandlers({
    fs: deps.fs,
    profiles: createProfileStore({ fs: deps.fs, folder: join(dataDir, 'profiles') }),
    library: createMeetingLibrary({ fs: deps.fs }),
    files: deps.files,
    dialogs: deps.dialogs,
  });
}
