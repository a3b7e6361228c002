import type { Dialogs } from './ipc/createHandlerTable';
import { createHandlerTable } from './ipc/createHandlerTable';
import type { HandlerTable } from './ipc/handlerTable';
import { createMeetingFileService } from './ipc/meetingFileService';
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
  const table = createHandlerTable({
    files,
    dialogs: deps.dialogs,
    appInfo: { platform: deps.platform, version: deps.appVersion },
    openExternal: deps.openExternal,
    ...(deps.onFileUsed ? { onFileUsed: deps.onFileUsed } : {}),
  });
  return { table };
}
