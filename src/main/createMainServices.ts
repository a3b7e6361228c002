import type { Dialogs } from './ipc/createHandlerTable';
import { createHandlerTable } from './ipc/createHandlerTable';
import type { HandlerTable } from './ipc/handlerTable';
import { createMeetingFileService } from './ipc/meetingFileService';
import { createReportExporter } from './ipc/reportExportService';
import { createNotesSafety } from './createNotesSafety';
import { createSeriesServices } from './createSeriesServices';
import { createDocumentRegistry } from './services/documents';
import type { FileSystem } from './services/fileSystem';
import type { Preferences } from './services/preferences';
import { createRecentFiles } from './services/recentFiles';
import { warmUpMeetingReading } from '../shared/meeting/warmUp';

export interface MainServiceDeps {
  fs: FileSystem;
  preferences: Preferences;
  dialogs: Dialogs;
  platform: NodeJS.Platform;
  appVersion: string;
  clock: () => Date;
  openExternal: (url: string) => Promise<void>;
  writeClipboard: (content: { html: string; text: string }) => void;
  readClipboard?: () => { html: string; text: string };
  applyTheme?: (theme: 'system' | 'light' | 'dark') => void;
  onFileUsed?: (path: string) => void;
  /** The app's data folder (recovery store, drafts, versions, session); see createNotesSafety. */
  dataDir?: string;
  /** Sentences for the user found while starting (a damaged preferences file): told once, at the first restoreSession. */
  startupNotices?: string[];
  /** A window finished flushing its notes before quit. */
  onQuitReady?: (report: { safe: boolean; message?: string | undefined }) => void;
}

/** Long enough for the window to show first; a user takes longer than this to open a file. */
const WARM_UP_AFTER_MS = 1000;

/**
 * Builds the services and the handler table from their dependencies. The
 * Electron entry and the browser-test harness both call this, so the tests
 * drive the very handlers the app registers.
 */
export function createMainServices(deps: MainServiceDeps): { table: HandlerTable; settled: () => Promise<void> } {
  const documents = createDocumentRegistry({ fs: deps.fs, platform: deps.platform });
  const recent = createRecentFiles({ preferences: deps.preferences, fs: deps.fs });
  const safety = createNotesSafety({ fs: deps.fs, dataDir: deps.dataDir, platform: deps.platform, clock: deps.clock });
  const files = createMeetingFileService({ fs: deps.fs, documents, recent, clock: deps.clock, safety: safety.fileHooks });
  const reports = createReportExporter({ fs: deps.fs, authorName: () => deps.preferences.get('authorName') ?? '' });
  const table = createHandlerTable({
    files,
    series: createSeriesServices({ fs: deps.fs, dataDir: deps.dataDir, files, dialogs: deps.dialogs }),
    safety: safety.handlers({ documents, openFile: (path) => files.open(path), startupNotices: deps.startupNotices, onQuitReady: deps.onQuitReady }),
    reports,
    dialogs: deps.dialogs,
    appInfo: { platform: deps.platform, version: deps.appVersion },
    openExternal: deps.openExternal,
    writeClipboard: deps.writeClipboard,
    ...(deps.readClipboard ? { readClipboard: deps.readClipboard } : {}),
    preferences: deps.preferences,
    ...(deps.applyTheme ? { applyTheme: deps.applyTheme } : {}),
    ...(deps.onFileUsed ? { onFileUsed: deps.onFileUsed } : {}),
  });
  // Once the window has had time to show, while main is idle: the first file the user opens is then not the first read.
  setTimeout(() => warmUpMeetingReading(), WARM_UP_AFTER_MS).unref?.();
  // `settled`: once the writes requests did not wait for (an open's recovery baseline and session) are done.
  return { table, settled: safety.settled };
}
