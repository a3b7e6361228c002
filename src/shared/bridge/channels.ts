/**
 * The one list of IPC channel names. Kept free of schemas so the sandboxed
 * preload can import it without bundling the validation library.
 */
export const requestChannels = {
  newMeeting: 'meeting:new',
  openMeeting: 'meeting:open',
  openRecentMeeting: 'meeting:open-recent',
  openDroppedMeeting: 'meeting:open-dropped',
  saveMeeting: 'meeting:save',
  saveMeetingAs: 'meeting:save-as',
  listRecentMeetings: 'recent:list',
  getAppInfo: 'app:info',
  openExternalLink: 'link:open-external',
  exportReport: 'report:export',
  copyReportToClipboard: 'report:copy',
  getViewPreferences: 'preferences:get-view',
  setTheme: 'preferences:set-theme',
  // Spelling in the notes and their context menu (src/renderer/editor/spelling, components/contextMenu).
  getSpellingPreferences: 'preferences:get-spelling',
  setSpellingLanguage: 'preferences:set-spelling-language',
  addSpellingWord: 'preferences:add-spelling-word',
  readClipboardForPaste: 'clipboard:read-for-paste',
  // Keeping notes safe (src/shared/autosave/contract.ts).
  autosaveMeeting: 'meeting:autosave',
  closeMeeting: 'meeting:close',
  adoptDraft: 'meeting:adopt-draft',
  restoreSession: 'app:restore-session',
  restoreRecoveryOffer: 'recovery:restore',
  discardRecoveryOffer: 'recovery:discard',
  resolveExternalChange: 'meeting:resolve-external-change',
  listVersions: 'meeting:list-versions',
  restoreVersion: 'meeting:restore-version',
  snapshotVersion: 'meeting:snapshot-version',
  quitReady: 'app:quit-ready',
  // Recurring meetings: group profiles, previous reports and meetings, the library (src/shared/series/contract.ts).
  listProfiles: 'profile:list',
  getProfile: 'profile:get',
  saveProfile: 'profile:save',
  deleteProfile: 'profile:delete',
  exportProfile: 'profile:export',
  importProfile: 'profile:import',
  readReportFile: 'series:read-report',
  choosePreviousMeeting: 'series:choose-previous',
  listLibrary: 'library:list',
  openLibraryMeeting: 'library:open',
} as const;

export const eventChannels = {
  menuCommand: 'event:menu-command',
  meetingOpenedFromOs: 'event:meeting-opened-from-os',
  flushBeforeQuit: 'event:flush-before-quit',
  appNotice: 'event:app-notice',
} as const;

export type RequestName = keyof typeof requestChannels;
export type EventName = keyof typeof eventChannels;

/** The name under which the preload exposes the API in the renderer's main world. */
export const API_GLOBAL_NAME = 'rapporteur';

export type SubscribeMethodName<E extends EventName> = `on${Capitalize<E>}`;

export function subscribeMethodName<E extends EventName>(event: E): SubscribeMethodName<E> {
  return `on${event[0]!.toUpperCase()}${event.slice(1)}` as SubscribeMethodName<E>;
}
