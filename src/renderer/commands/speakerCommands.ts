import type { Participant } from '../../shared/meeting/schema';
import { getCurrentEditor } from '../editor/editorHandle';
import { insertSpeakerMention } from '../editor/mentions/insertSpeakerMention';
import { useMeetingStore } from '../store/meetingStore';
import { useUiStore } from '../store/uiStore';
import type { CommandHandler } from './commandHandlers';

/** The participant a speaker chord means: the one pinned to that digit, else the digit-th in the list. */
export function participantForChord(participants: readonly Participant[], digit: number): Participant | undefined {
  return participants.find((p) => p.pin === digit) ?? participants.filter((p) => p.pin === undefined)[digit - 1];
}

function clockOffsetNow(): number | undefined {
  const startedAt = useMeetingStore.getState().meeting.clock.startedAt;
  return startedAt ? Math.max(0, Date.now() - Date.parse(startedAt)) : undefined;
}

export function attributeToParticipant(participantId: string): void {
  const editor = getCurrentEditor();
  if (!editor || !editor.isEditable()) return;
  editor.focus();
  insertSpeakerMention(editor, participantId, clockOffsetNow());
}

function chord(digit: number): CommandHandler {
  return () => {
    const participant = participantForChord(useMeetingStore.getState().meeting.participants, digit);
    if (participant) attributeToParticipant(participant.id);
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
  'insert.mention': () => useUiStore.getState().openDialog({ kind: 'mention' }),
  'participants.paste': () => useUiStore.getState().openDialog({ kind: 'pasteParticipants' }),
  'participants.importAttendance': () => useUiStore.getState().openDialog({ kind: 'importAttendance' }),
} satisfies Record<string, CommandHandler>;
