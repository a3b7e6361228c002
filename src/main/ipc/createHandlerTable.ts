import type { OpenResult, SaveResult, ThemeChoice } from '../../shared/bridge/contract';
import type { Preferences } from '../services/preferences';
import { FILE_EXTENSION } from '../../shared/meeting/fileFormat';
import { createEmptyMeeting } from '../../shared/meeting/newMeeting';
import type { Meeting } from '../../shared/meeting/schema';
import { safeFileName } from '../../shared/fileNames';
import { checkExternalUrl } from '../../shared/links/externalUrl';
import { isOpenableMeetingPath } from '../osFiles';
import type { HandlerTable } from './handlerTable';
import type { MeetingFileService } from './meetingFileService';
import type { NotesSafetyHandlers } from './notesSafetyHandlers';
import type { ReportExporter } from './reportExportService';
import type { SeriesDialogs, SeriesHandlers } from './seriesHandlers';

/** The native dialogs main shows; injected so tests script the user's answers. */
export interface Dialogs extends SeriesDialogs {
  chooseMeetingToOpen(windowId: number): Promise<string | null>;
  chooseWhereToSaveMeeting(windowId: number, suggestedFileName: string): Promise<string | null>;
  chooseWhereToExportReport(windowId: number, suggestedFileName: string): Promise<string | null>;
}

export interface HandlerDeps {
  files: MeetingFileService;
  /** Autosave, recovery, versions and the quit handshake (see createNotesSafety). */
  safety: NotesSafetyHandlers;
  /** Group profiles, previous reports and meetings, the meetings library (see seriesHandlers). */
  series: SeriesHandlers;
  reports: ReportExporter;
  dialogs: Dialogs;
  appInfo: { platform: string; version: string };
  /** Settings kept in preferences (never meeting content). */
  preferences: Pick<Preferences, 'get' | 'set'>;
  /** Makes the native parts of the window (menus, dialogs, scroll bars) follow the chosen theme. */
  applyTheme?: (theme: ThemeChoice) => void;
  /** Puts the report on the system clipboard as HTML and plain text, so it pastes well into a mail client. */
  writeClipboard: (content: { html: string; text: string }) => void;
  /** Reads the system clipboard for the notes' context menu Paste; without it that Paste says to use the keyboard. */
  readClipboard?: () => { html: string; text: string };
  /** Hands a checked link to the system browser or mail client. */
  openExternal: (url: string) => Promise<void>;
  /** Lets main tell the OS (recent documents list) about files the user worked on. */
  onFileUsed?: (path: string) => void;
}

/** The user's dictionary stops growing here (the preferences schema's limit). */
const MAX_SPELLING_WORDS = 10_000;

export function createHandlerTable(deps: HandlerDeps): HandlerTable {
  const { files, dialogs } = deps;

  async function openPath(path: string): Promise<OpenResult> {
    const result = await files.open(path);
    if (result.status === 'opened') deps.onFileUsed?.(path);
    return result;
  }

  async function saveTo(path: string, meeting: Meeting): Promise<SaveResult> {
    const result = await files.save(path, meeting);
    if (result.status === 'saved') deps.onFileUsed?.(path);
    return result;
  }

  return {
    ...deps.safety,
    ...deps.series,
    async newMeeting() {
      return { meeting: createEmptyMeeting() };
    },
    async openMeeting(_request, context) {
      const path = await dialogs.chooseMeetingToOpen(context.windowId);
      return path === null ? { status: 'cancelled' } : openPath(path);
    },
    async openRecentMeeting(request) {
      const path = await files.recentPath(request.recentId);
      if (path === undefined) {
        return { status: 'failed', fileName: '', message: 'That recent file is no longer available: it was moved or deleted.' };
      }
      return openPath(path);
    },
    async openDroppedMeeting(request) {
      if (!isOpenableMeetingPath(request.path)) {
        return { status: 'failed', fileName: '', message: 'Only Rapporteur meeting files (.minutes) can be opened this way.' };
      }
      return openPath(request.path);
    },
    async saveMeeting(request) {
      const path = files.pathOf(request.handle);
      if (path === undefined) return { status: 'failed', message: 'This meeting has no file yet: use Save As to choose where to keep it.' };
      return saveTo(path, request.meeting);
    },
    async saveMeetingAs(request, context) {
      const path = await dialogs.chooseWhereToSaveMeeting(context.windowId, safeFileName(request.suggestedName, FILE_EXTENSION));
      return path === null ? { status: 'cancelled' } : saveTo(path, request.meeting);
    },
    async listRecentMeetings() {
      return files.listRecent();
    },
    async getAppInfo() {
      return deps.appInfo;
    },
    async exportReport(request, context) {
      const path = await dialogs.chooseWhereToExportReport(context.windowId, safeFileName(request.suggestedName, request.format));
      if (path === null) return { status: 'cancelled' };
      return deps.reports.exportTo(path, request.meeting, request.format, {
        includeItemsWithoutNotes: request.includeItemsWithoutNotes,
        includeApologies: request.includeApologies,
      });
    },
    async getViewPreferences() {
      return { theme: deps.preferences.get('theme') };
    },
    async setTheme(request) {
      deps.preferences.set('theme', request.theme);
      deps.applyTheme?.(request.theme);
      return { theme: request.theme };
    },
    async getSpellingPreferences() {
      return { language: deps.preferences.get('spellingLanguage'), words: deps.preferences.get('spellingWords') };
    },
    async setSpellingLanguage(request) {
      deps.preferences.set('spellingLanguage', request.language);
      return { language: request.language, words: deps.preferences.get('spellingWords') };
    },
    async addSpellingWord(request) {
      const words = deps.preferences.get('spellingWords');
      const known = words.some((word) => word.toLowerCase() === request.word.toLowerCase());
      if (!known && words.length < MAX_SPELLING_WORDS) deps.preferences.set('spellingWords', [...words, request.word]);
      return { language: deps.preferences.get('spellingLanguage'), words: deps.preferences.get('spellingWords') };
    },
    async readClipboardForPaste() {
      const content = deps.readClipboard?.();
      return content ? { available: true, ...content } : { available: false, html: '', text: '' };
    },
    async copyReportToClipboard(request) {
      deps.writeClipboard(request);
      return { copied: true };
    },
    async openExternalLink(request) {
      const checked = checkExternalUrl(request.url);
      if (!checked.ok) return { opened: false, reason: `This link was not opened: ${checked.reason}.` };
      await deps.openExternal(checked.url);
      return { opened: true };
    },
  };
}
