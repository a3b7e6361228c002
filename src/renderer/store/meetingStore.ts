import { create } from 'zustand';
import type { DocumentInfo } from '../../shared/bridge/contract';
import type { Platform } from '../../shared/commands/registry';
import { createEmptyMeeting } from '../../shared/meeting/newMeeting';
import type { AgendaItem, Meeting, MeetingMetadata } from '../../shared/meeting/schema';
import { newId } from '../../shared/ids';

export type SaveStatus =
  | { kind: 'untitled' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string }
  // Autosave (src/renderer/autosave): an untitled meeting kept in its draft; a file that could not be
  // written while the recovery store holds every change; a write-protected file; and the alarm.
  | { kind: 'draft'; at: string }
  | { kind: 'recoveryOnly'; at: string; message: string }
  | { kind: 'readOnlyFile'; at: string; message: string }
  | { kind: 'notSavedAnywhere'; message: string };

export interface MeetingState {
  /** Grows at every load so the editor is created afresh for each meeting. */
  session: number;
  /** The meeting as loaded or last edited in the forms; the live notes belong to the editor. */
  meeting: Meeting;
  /** The agenda the editor was created with; afterwards the editor's state owns it and `meeting.agenda` mirrors it. */
  loadedAgenda: AgendaItem[];
  /** The agenda item whose section holds the caret (null: the opening section). */
  currentItemId: string | null;
  document: DocumentInfo | null;
  /** An untitled meeting's draft in the app's data folder (null once it has a file). */
  draftId: string | null;
  /** Told once per start (e.g. damaged preferences set aside); unlike `notice`, loading a meeting keeps it. */
  appNotice: string | null;
  readOnly: boolean;
  notice: string | null;
  error: string | null;
  dirty: boolean;
  saveStatus: SaveStatus;
  platform: Platform;
  loadMeeting(meeting: Meeting, document: DocumentInfo | null, options?: { readOnly?: boolean; notice?: string | undefined; draftId?: string | undefined }): void;
  updateMetadata(patch: Partial<MeetingMetadata>): void;
  markDirty(): void;
  mirrorAgenda(agenda: AgendaItem[]): void;
  startClock(now: Date): void;
  endClock(now: Date): void;
  setCurrentItem(itemId: string | null): void;
  beginSave(): void;
  finishSave(document: DocumentInfo, at: string): void;
  failSave(message: string): void;
  showError(message: string | null): void;
  setPlatform(platform: Platform): void;
}

export const useMeetingStore = create<MeetingState>()((set, get) => ({
  session: 0,
  meeting: createEmptyMeeting(),
  loadedAgenda: [],
  currentItemId: null,
  document: null,
  draftId: newId('draft-'),
  appNotice: null,
  readOnly: false,
  notice: null,
  error: null,
  dirty: false,
  saveStatus: { kind: 'untitled' },
  platform: 'linux',
  loadMeeting: (meeting, document, options = {}) => set((state) => ({
    session: state.session + 1,
    meeting,
    loadedAgenda: meeting.agenda,
    currentItemId: null,
    document,
    draftId: document ? null : (options.draftId ?? newId('draft-')),
    readOnly: options.readOnly ?? false,
    notice: options.notice ?? null,
    error: null,
    dirty: false,
    saveStatus: document ? { kind: 'saved', at: new Date().toISOString() } : { kind: 'untitled' },
  })),
  updateMetadata: (patch) => set((state) => ({
    meeting: { ...state.meeting, metadata: { ...state.meeting.metadata, ...patch } },
    dirty: true,
    saveStatus: state.document ? { kind: 'unsaved' } : state.saveStatus,
  })),
  // Runs on every keystroke: it must stay a flag check when already dirty. The status keeps telling
  // where the notes last went: autosave hands the change over within a second and updates it.
  markDirty: () => {
    if (!get().dirty) set({ dirty: true });
  },
  mirrorAgenda: (agenda) => set((state) => ({ meeting: { ...state.meeting, agenda } })),
  startClock: (now) => set((state) => ({
    meeting: { ...state.meeting, clock: { startedAt: state.meeting.clock.startedAt ?? now.toISOString() } },
    dirty: true,
  })),
  endClock: (now) => set((state) => (state.meeting.clock.startedAt
    ? { meeting: { ...state.meeting, clock: { ...state.meeting.clock, endedAt: now.toISOString() } }, dirty: true }
    : {})),
  setCurrentItem: (currentItemId) => {
    if (get().currentItemId !== currentItemId) set({ currentItemId });
  },
  // Edits made while a save is in flight set `dirty` again, so they are never marked saved.
  beginSave: () => set({ dirty: false, saveStatus: { kind: 'saving' } }),
  finishSave: (document, at) => set((state) => ({
    document, draftId: null, readOnly: false, notice: null,
    saveStatus: state.dirty ? { kind: 'unsaved' } : { kind: 'saved', at },
  })),
  failSave: (message) => set({ dirty: true, saveStatus: { kind: 'failed', message } }),
  showError: (error) => set({ error }),
  setPlatform: (platform) => set({ platform }),
}));
