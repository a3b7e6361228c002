import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { API_GLOBAL_NAME, eventChannels, requestChannels } from '../shared/bridge/channels';
import type { DroppedFile, EventName, EventPayloadOf, RapporteurApi, RequestName, RequestOf, ResponseOf } from '../shared/bridge/contract';

// Sandboxed preload: it may require only `electron`, and it exposes one named
// method per operation. The helpers below are never exposed themselves.

function request<N extends RequestName>(name: N) {
  return (payload: RequestOf<N>): Promise<ResponseOf<N>> => ipcRenderer.invoke(requestChannels[name], payload);
}

function subscribe<E extends EventName>(name: E) {
  return (listener: (payload: EventPayloadOf<E>) => void) => {
    const forward = (_event: IpcRendererEvent, payload: EventPayloadOf<E>) => listener(payload);
    ipcRenderer.on(eventChannels[name], forward);
    return () => {
      ipcRenderer.removeListener(eventChannels[name], forward);
    };
  };
}

const api = {
  newMeeting: request('newMeeting'),
  openMeeting: request('openMeeting'),
  openRecentMeeting: request('openRecentMeeting'),
  openDroppedMeeting: (file: DroppedFile) => request('openDroppedMeeting')({ path: webUtils.getPathForFile(file as File) }),
  saveMeeting: request('saveMeeting'),
  saveMeetingAs: request('saveMeetingAs'),
  listRecentMeetings: request('listRecentMeetings'),
  getAppInfo: request('getAppInfo'),
  openExternalLink: request('openExternalLink'),
  exportReport: request('exportReport'),
  copyReportToClipboard: request('copyReportToClipboard'),
  getViewPreferences: request('getViewPreferences'),
  setTheme: request('setTheme'),
  getSpellingPreferences: request('getSpellingPreferences'),
  setSpellingLanguage: request('setSpellingLanguage'),
  addSpellingWord: request('addSpellingWord'),
  readClipboardForPaste: request('readClipboardForPaste'),
  autosaveMeeting: request('autosaveMeeting'),
  closeMeeting: request('closeMeeting'),
  adoptDraft: request('adoptDraft'),
  restoreSession: request('restoreSession'),
  restoreRecoveryOffer: request('restoreRecoveryOffer'),
  discardRecoveryOffer: request('discardRecoveryOffer'),
  resolveExternalChange: request('resolveExternalChange'),
  listVersions: request('listVersions'),
  restoreVersion: request('restoreVersion'),
  snapshotVersion: request('snapshotVersion'),
  quitReady: request('quitReady'),
  listProfiles: request('listProfiles'),
  getProfile: request('getProfile'),
  saveProfile: request('saveProfile'),
  deleteProfile: request('deleteProfile'),
  exportProfile: request('exportProfile'),
  importProfile: request('importProfile'),
  readReportFile: request('readReportFile'),
  choosePreviousMeeting: request('choosePreviousMeeting'),
  listLibrary: request('listLibrary'),
  openLibraryMeeting: request('openLibraryMeeting'),
  onMenuCommand: subscribe('menuCommand'),
  onMeetingOpenedFromOs: subscribe('meetingOpenedFromOs'),
  onFlushBeforeQuit: subscribe('flushBeforeQuit'),
  onAppNotice: subscribe('appNotice'),
} satisfies RapporteurApi;

contextBridge.exposeInMainWorld(API_GLOBAL_NAME, api);
