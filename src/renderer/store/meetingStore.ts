import { create } from 'zustand';
import type { DocumentInfo } from '../../shared/bridge/contract';
import type { Platform } from '../../shared/commands/registry';
import { createEmptyMeeting } from '../../shared/meeting/newMeeting';
import type { AgendaItem, Meeting, MeetingMetadata } from '../../shared/meeting/schema';

export type SaveStatus =
  | { kind: 'untitled' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string };

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
  readOnly: boolean;
  notice: string | null;
  error: string | null;
  dirty: boolean;
  saveStatus: SaveStatus;
  platform: Platform;
  loadMeeting(meeting: Meeting, document: DocumentInfo | null, options?: { readOnly?: boolean; notice?: string | undefined }): void;
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
  // Runs on every keystroke: it must stay a flag check when already dirty.
  markDirty: () => {
    const state = get();
    if (state.dirty) return;
    const keepStatus = !state.document || state.saveStatus.kind === 'failed' || state.saveStatus.kind === 'saving';
    set({ dirty: true, saveStatus: keepStatus ? state.saveStatus : { kind: 'unsaved' } });
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
    document, readOnly: false, notice: null,
    saveStatus: state.dirty ? { kind: 'unsaved' } : { kind: 'saved', at },
  })),
  failSave: (message) => set({ dirty: true, saveStatus: { kind: 'failed', message } }),
  showError: (error) => set({ error }),
  setPlatform: (platform) => set({ platform }),
}));
