import type { Dialogs } from './ipc/createHandlerTable';
import { createHandlerTable } from './ipc/createHandlerTable';
import type { HandlerTable } from './ipc/handlerTable';
import { createMeetingFileService } from './ipc/meetingFileService';
import { createReportExporter } from './ipc/reportExportService';
import { createDocumentRegistry } from './services/documents';
import type { FileSystem } from './services/fileSystem';
import type { Preferences } from './services/preferences';
import { createRecentFiles } from './services/recentFiles';

export interface MainServiceDeps {
  fs: FileSystem;
  preferences: Preferences;
  dialogs: Dialogs;
  platform: NodeJS.Platform;
  appVersion: string;
  clock: () => Date;
  openExternal: (url: string) => Promise<void>;
  writeClipboard: (content: { html: string; text: string }) => void;
  onFileUsed?: (path: string) => void;
}

/**
 * Builds the services and the handler table from their dependencies. The
 * Electron entry and the browser-test harness both call this, so the tests
 * drive the very handlers the app registers.
 */
export function createMainServices(deps: MainServiceDeps): { table: HandlerTable } {
  const documents = createDocumentRegistry({ fs: deps.fs, platform: deps.platform });
  const recent = createRecentFiles({ preferences: deps.preferences, fs: deps.fs });
  const files = createMeetingFileService({ fs: deps.fs, documents, recent, clock: deps.clock });
  const reports = createReportExporter({ fs: deps.fs, authorName: () => deps.preferences.get('authorName') ?? '' });
  const table = createHandlerTable({
    files,
    reports,
    dialogs: deps.dialogs,
    appInfo: { platform: deps.platform, version: deps.appVersion },
    openExternal: deps.openExternal,
    writeClipboard: deps.writeClipboard,
    ...(deps.onFileUsed ? { onFileUsed: deps.onFileUsed } : {}),
  });
  return { table };
}
