import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import { FILE_EXTENSION } from '../shared/meeting/fileFormat';
import { PROFILE_FILE_EXTENSION } from '../shared/profiles/profileFile';
import type { Dialogs } from './ipc/createHandlerTable';

const REPORT_FILTER_NAMES: Record<string, string> = { docx: 'Word document', html: 'Web page', md: 'Markdown', txt: 'Plain text' };
const MEETING_FILTERS = [{ name: 'Rapporteur meeting', extensions: [FILE_EXTENSION.slice(1)] }];
const PROFILE_FILTERS = [{ name: 'Rapporteur group profile', extensions: [PROFILE_FILE_EXTENSION.slice(1)] }];
const WORD_FILTERS = [{ name: 'Word document', extensions: ['docx'] }];

/** The native dialogs, attached to the window that asked. */
export function createElectronDialogs(dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>, windowById: (id: number) => BrowserWindow | undefined, defaultFolder: () => string): Dialogs {
  async function openOne(windowId: number, options: OpenDialogOptions): Promise<string | null> {
    const window = windowById(windowId);
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]!;
  }
  return {
    // Recurring meetings (src/main/ipc/seriesHandlers.ts).
    choosePreviousMeeting: (windowId) => openOne(windowId, { title: 'Choose the previous meeting', defaultPath: defaultFolder(), filters: MEETING_FILTERS, properties: ['openFile'] }),
    chooseReportToImport: (windowId) => openOne(windowId, { title: 'Import a previous report', defaultPath: defaultFolder(), filters: WORD_FILTERS, properties: ['openFile'] }),
    chooseProfileToImport: (windowId) => openOne(windowId, { title: 'Import a group profile', defaultPath: defaultFolder(), filters: PROFILE_FILTERS, properties: ['openFile'] }),
    chooseLibraryFolder: (windowId) => openOne(windowId, { title: 'Choose the folder of your meetings', defaultPath: defaultFolder(), properties: ['openDirectory'] }),
    async chooseWhereToExportProfile(windowId, suggestedFileName) {
      const options = { title: 'Export group profile', defaultPath: `${defaultFolder()}/${suggestedFileName}`, filters: PROFILE_FILTERS };
      const window = windowById(windowId);
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.endsWith(PROFILE_FILE_EXTENSION) ? result.filePath : `${result.filePath}${PROFILE_FILE_EXTENSION}`;
    },
    async chooseMeetingToOpen(windowId) {
      const options = { title: 'Open meeting', defaultPath: defaultFolder(), filters: MEETING_FILTERS, properties: ['openFile' as const] };
      const window = windowById(windowId);
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0]!;
    },
    async chooseWhereToSaveMeeting(windowId, suggestedFileName) {
      const options = { title: 'Save meeting', defaultPath: `${defaultFolder()}/${suggestedFileName}`, filters: MEETING_FILTERS };
      const window = windowById(windowId);
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.endsWith(FILE_EXTENSION) ? result.filePath : `${result.filePath}${FILE_EXTENSION}`;
    },
    async chooseWhereToExportReport(windowId, suggestedFileName) {
      const extension = suggestedFileName.split('.').pop() ?? 'docx';
      const options = { title: 'Export report', defaultPath: `${defaultFolder()}/${suggestedFileName}`, filters: [{ name: REPORT_FILTER_NAMES[extension] ?? 'Report', extensions: [extension] }] };
      const window = windowById(windowId);
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.toLowerCase().endsWith(`.${extension}`) ? result.filePath : `${result.filePath}.${extension}`;
    },
  };
}
