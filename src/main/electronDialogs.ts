import type { BrowserWindow, Dialog } from 'electron';
import { FILE_EXTENSION } from '../shared/meeting/fileFormat';
import type { Dialogs } from './ipc/createHandlerTable';

const REPORT_FILTER_NAMES: Record<string, string> = { docx: 'Word document', html: 'Web page', md: 'Markdown', txt: 'Plain text' };
const MEETING_FILTERS = [{ name: 'Rapporteur meeting', extensions: [FILE_EXTENSION.slice(1)] }];

/** The native dialogs, attached to the window that asked. */
export function createElectronDialogs(dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>, windowById: (id: number) => BrowserWindow | undefined, defaultFolder: () => string): Dialogs {
  return {
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
