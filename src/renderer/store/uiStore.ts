import { create } from 'zustand';
import type { ThemeChoice } from '../../shared/bridge/contract';
import type { ActionDialogTarget } from '../components/actions/actionDialogTarget';

/** Which dialog or bar is open; one at a time, so focus always has one obvious home. */
export type OpenDialog =
  | { kind: 'link' }
  | { kind: 'find' }
  | { kind: 'pasteAgenda' }
  | { kind: 'pasteParticipants' }
  | { kind: 'importAttendance' }
  | { kind: 'mention' }
  // Keeping notes safe (src/renderer/autosave).
  | { kind: 'recoveryOffers' }
  | { kind: 'versions' }
  | { kind: 'export' }
  | { kind: 'shortcuts' }
  // Recurring meetings, action items and decisions (components/actions, series, library).
  | { kind: 'action'; target: ActionDialogTarget }
  | { kind: 'newFromPrevious' }
  | { kind: 'profiles'; editId?: string }
  | { kind: 'importReport' }
  | { kind: 'library' };

export interface UiState {
  dialog: OpenDialog | null;
  focusMode: boolean;
  theme: ThemeChoice;
  openDialog(dialog: OpenDialog): void;
  closeDialog(): void;
  setFocusMode(on: boolean): void;
  setTheme(theme: ThemeChoice): void;
}

export const useUiStore = create<UiState>()((set) => ({
  dialog: null,
  focusMode: false,
  theme: 'system',
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  setFocusMode: (focusMode) => set({ focusMode }),
  setTheme: (theme) => set({ theme }),
}));
