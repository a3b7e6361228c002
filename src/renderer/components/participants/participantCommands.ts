import { getCurrentEditor } from '../../editor/editorHandle';
import { mentionKeysOf } from '../../editor/mentions/mentionIndexStore';
import { detachParticipantFromNotes } from '../../editor/mentions/mentionsToText';
import { removeParticipant } from '../../store/participantActions';

/** How many mentions of this person the notes hold now (from the mention index, no scan). */
export function mentionCountOf(participantId: string): number {
  return mentionKeysOf(participantId).length;
}

/** Deletes a participant; their mentions become plain text first, while their name can still be read. */
export function deleteParticipantEverywhere(participantId: string): void {
  const editor = getCurrentEditor();
  if (editor?.isEditable()) detachParticipantFromNotes(editor, participantId);
  removeParticipant(participantId);
}
