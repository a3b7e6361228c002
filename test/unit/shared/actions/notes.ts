import { actionMarkerNote, decisionMarkerNote, type ActionFields } from '../../../../src/shared/actions/markers';
import type { SerializedNote } from '../../../../src/shared/meeting/notesSchema';

/** Markers for unit tests, as the editor stores them. */
export const action = (actionId: string, ownerIds: string[] = [], extra: Partial<ActionFields> = {}): SerializedNote =>
  actionMarkerNote({ actionId, ownerIds, done: false, ...extra });

export const decision = (decisionId: string): SerializedNote => decisionMarkerNote(decisionId);
