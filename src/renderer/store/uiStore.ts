import { create } from 'zustand';

/** Which dialog or bar is open; one at a time, so focus always has one obvious home. */
export type OpenDialog =
  | { kind: 'link' }
  | { kind: 'find' }
  | { kind: 'pasteAgenda' }
  | { kind: 'pasteParticipants' }
  | { kind: 'importAttendance' }
  | { kind: 'mention' }
  | { kind: 'export' };

export interface UiState {
  dialog: OpenDialog | null;
  focusMode: boolean;
  openDialog(dialog: OpenDialog): void;
  closeDialog(): void;
  setFocusMode(on: boolean): void;
}

export const useUiStore = create<UiState>()((set) => ({
  dialog: null,
  focusMode: false,
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  setFocusMode: (focusMode) => set({ focusMode }),
}));
