import type { Attendance, MeetingMetadata, Participant } from '../../shared/meeting/schema';
import type { ParsedPerson } from '../../shared/parsers/participantList';
import { useMeetingStore } from './meetingStore';
import { applyAttendance, createParticipant, mergePeople, moved, withChanges, withoutPin, type AttendanceDecision, type ParticipantFields } from './participantListOps';

/**
 * Participant edits. The people live in the meeting store, outside the editor's
 * undo history; deleted people are kept aside so that undoing the deletion's
 * edit of the notes (which brings their mentions back) brings them back too.
 */

// Keyed by the meeting session too: an undo in another meeting must not bring a person of this one into it.
const recentlyDeleted = new Map<string, { participant: Participant; index: number; wasModerator: boolean; session: number }>();
const currentSession = () => useMeetingStore.getState().session;

function commit(participants: Participant[], metadata?: Partial<MeetingMetadata>): void {
  useMeetingStore.setState((state) => ({
    meeting: { ...state.meeting, participants, metadata: metadata ? { ...state.meeting.metadata, ...metadata } : state.meeting.metadata },
  }));
  useMeetingStore.getState().markDirty();
}

function participantsNow(): Participant[] {
  return useMeetingStore.getState().meeting.participants;
}

export function participantById(id: string): Participant | undefined {
  return participantsNow().find((participant) => participant.id === id);
}

export function addParticipant(fields: ParticipantFields): Participant {
  const participant = createParticipant(fields);
  const others = participant.pin === undefined ? participantsNow() : participantsNow().map((p) => (p.pin === participant.pin ? withoutPin(p) : p));
  commit([...others, participant]);
  return participant;
}

export function updateParticipant(id: string, patch: Partial<Omit<Participant, 'id'>>): void {
  commit(withChanges(participantsNow(), id, patch));
}

export function moveParticipant(id: string, direction: -1 | 1): void {
  commit(moved(participantsNow(), id, direction));
}

export function setAttendance(ids: readonly string[], attendance: Attendance): void {
  commit(participantsNow().map((participant) => (ids.includes(participant.id) ? { ...participant, attendance } : participant)));
}

export function setNamingRule(namingRule: MeetingMetadata['namingRule']): void {
  useMeetingStore.getState().updateMetadata({ namingRule });
}

export function addPastedPeople(people: readonly ParsedPerson[]): void {
  commit(mergePeople(participantsNow(), people));
}

export function applyAttendanceDecisions(decisions: readonly AttendanceDecision[], markMissingAbsent: boolean): void {
  commit(applyAttendance(participantsNow(), decisions, markMissingAbsent));
}

/** Removes the person from the list and from the moderators; the notes are the editor's business (see the panel). */
export function removeParticipant(id: string): void {
  const participants = participantsNow();
  const index = participants.findIndex((participant) => participant.id === id);
  const participant = participants[index];
  if (!participant) return;
  const { moderatorIds } = useMeetingStore.getState().meeting.metadata;
  recentlyDeleted.set(id, { participant, index, wasModerator: moderatorIds.includes(id), session: currentSession() });
  commit(participants.filter((p) => p.id !== id), { moderatorIds: moderatorIds.filter((moderatorId) => moderatorId !== id) });
}

/** Puts back deleted people whom an undo has brought back into the notes or the agenda. */
export function restoreParticipantsIfUndone(referencedIds: Iterable<string>): void {
  const toRestore = [...new Set(referencedIds)].filter((id) => recentlyDeleted.get(id)?.session === currentSession() && !participantById(id));
  if (toRestore.length === 0) return;
  const participants = [...participantsNow()];
  let moderatorIds = useMeetingStore.getState().meeting.metadata.moderatorIds;
  for (const id of toRestore) {
    const { participant, index, wasModerator } = recentlyDeleted.get(id)!;
    participants.splice(Math.min(index, participants.length), 0, participant);
    if (wasModerator) moderatorIds = [...moderatorIds, id];
    recentlyDeleted.delete(id);
  }
  commit(participants, { moderatorIds });
}

/** Moderators are named in the report's opening paragraph, which makes their first mention in the notes short. */
export function setModerator(id: string, moderates: boolean): void {
  const { moderatorIds } = useMeetingStore.getState().meeting.metadata;
  const others = moderatorIds.filter((moderatorId) => moderatorId !== id);
  useMeetingStore.getState().updateMetadata({ moderatorIds: moderates ? [...others, id] : others });
}
