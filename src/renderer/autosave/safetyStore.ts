import { create } from 'zustand';
import type { RecoveryOffer, VersionInfo } from '../../shared/autosave/contract';

/** What the notes-safety dialogs show: recovery offers, a file changed on disk, the versions of a meeting. */
export interface SafetyState {
  offers: RecoveryOffer[];
  /** The open file changed on disk and the user has not chosen yet. */
  conflictPending: boolean;
  /** "Decide later": the status line keeps saying it; Save asks again. */
  conflictDeferred: boolean;
  versions: VersionInfo[];
}

export const useSafetyStore = create<SafetyState>()(() => ({
  offers: [],
  conflictPending: false,
  conflictDeferred: false,
  versions: [],
}));
