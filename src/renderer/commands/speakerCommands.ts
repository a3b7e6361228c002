import { assignSpeakerChords } from '../../shared/names/speakerChords';
import { getCurrentEditor } from '../editor/editorHandle';
import { meetingClockOffsetNow } from '../editor/mentions/clockOffset';
import { insertSpeakerMention } from '../editor/mentions/insertSpeakerMention';
import { openMentionTypeahead } from '../editor/mentions/openMentionTypeahead';
import { useMeetingStore } from '../store/meetingStore';
import { useUiStore } from '../store/uiStore';
import type { CommandHandler } from './commandHandlers';

/** A click on a participant or a chord: the mention starts a statement, timestamped by the meeting clock. */
export function attributeToParticipant(participantId: string): void {
  const editor = getCurrentEditor();
  if (!editor || !editor.isEditable()) return;
  editor.focus();
  insertSpeakerMention(editor, participantId, meetingClockOffsetNow());
}

function chord(digit: number): CommandHandler {
  return () => {
    const participantId = assignSpeakerChords(useMeetingStore.getState().meeting.participants).get(digit);
    if (participantId) attributeToParticipant(participantId);
  };
}

export const speakerCommandHandlers = {
  'insert.speaker1': chord(1),
  'insert.speaker2': chord(2),
  'insert.speaker3': chord(3),
  'insert.speaker4': chord(4),
  'insert.speaker5': chord(5),
  'insert.speaker6': chord(6),
  'insert.speaker7': chord(7),
  'insert.speaker8': chord(8),
  'insert.speaker9': chord(9),
  'insert.mention': () => {
    const editor = getCurrentEditor();
    if (editor?.isEditable()) openMentionTypeahead(editor);
  },
  'participants.paste': () => useUiStore.getState().openDialog({ kind: 'pasteParticipants' }),
  'participants.importAttendance': () => useUiStore.getState().openDialog({ kind: 'importAttendance' }),
} satisfies Record<string, CommandHandler>;
