import { newId } from '../../shared/ids';
import { participantSchema, type Attendance, type Participant } from '../../shared/meeting/schema';
import { findParticipantsByName } from '../../shared/names/matching';
import { addAlias, type AttendanceRecord } from '../../shared/parsers/attendance';
import type { ParsedPerson } from '../../shared/parsers/participantList';

/** Pure edits of the participant list; participantActions applies them to the store. */

export type ParticipantFields = Partial<Omit<Participant, 'id'>> & { fullName: string };

export function createParticipant(fields: ParticipantFields): Participant {
  return droppingEmptyPin(participantSchema.parse({ ...fields, id: newId('p'), fullName: fields.fullName.replace(/\s+/gu, ' ').trim() }));
}

/** The list with one person changed; a pin taken from whoever held it, since a chord means one person. */
export function withChanges(participants: readonly Participant[], id: string, patch: Partial<Omit<Participant, 'id'>>): Participant[] {
  const pinTaken = patch.pin !== undefined;
  return participants.map((participant) => {
    // A patch saying `pin: undefined` unpins: the key is dropped, as a file without a pin has none.
    if (participant.id === id) return droppingEmptyPin({ ...participant, ...patch });
    if (pinTaken && participant.pin === patch.pin) return withoutPin(participant);
    return participant;
  });
}

export function withoutPin(participant: Participant): Participant {
  const { pin: _pin, ...rest } = participant;
  return rest;
}

function droppingEmptyPin(participant: Participant): Participant {
  return participant.pin === undefined ? withoutPin(participant) : participant;
}

export function moved(participants: readonly Participant[], id: string, direction: -1 | 1): Participant[] {
  const from = participants.findIndex((participant) => participant.id === id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= participants.length) return [...participants];
  const next = [...participants];
  const [person] = next.splice(from, 1);
  next.splice(to, 0, person!);
  return next;
}

/** The person already on the list that a pasted or typed name is, by full name or alias (not by a mere short name). */
export function existingPersonNamed(participants: readonly Participant[], fullName: string): Participant | undefined {
  return findParticipantsByName(participants, fullName).find((match) => match.kind === 'exact' && match.field !== 'shortName')?.participant;
}

export interface MergePlanRow {
  person: ParsedPerson;
  existing?: Participant;
}

export function planMerge(participants: readonly Participant[], people: readonly ParsedPerson[]): MergePlanRow[] {
  return people.map((person) => {
    const existing = existingPersonNamed(participants, person.fullName);
    return existing ? { person, existing } : { person };
  });
}

/** Pasted people appended in their order; people already listed get the pasted affiliation when it gives one. */
export function mergePeople(participants: readonly Participant[], people: readonly ParsedPerson[]): Participant[] {
  let next = [...participants];
  for (const row of planMerge(participants, people)) {
    if (!row.existing) next.push(createParticipant(row.person));
    else if (row.person.affiliation !== '') next = withChanges(next, row.existing.id, { affiliation: row.person.affiliation });
  }
  return next;
}

export type AttendanceTarget =
  | { kind: 'participant'; participantId: string; rememberScreenName: boolean }
  | { kind: 'new' }
  | { kind: 'ignore' };

export interface AttendanceDecision {
  record: AttendanceRecord;
  target: AttendanceTarget;
}

function rememberScreenNames(participant: Participant, record: AttendanceRecord): Participant {
  return [record.displayName, ...record.rawNames].reduce((person, name) => addAlias(person, name), participant);
}

function applyDecision(participants: Participant[], decision: AttendanceDecision): Participant[] {
  const { record, target } = decision;
  if (target.kind === 'new') return [...participants, createParticipant({ fullName: record.name || record.displayName, attendance: 'present' })];
  if (target.kind === 'ignore') return participants;
  return participants.map((participant) => {
    if (participant.id !== target.participantId) return participant;
    const present = { ...participant, attendance: 'present' as Attendance };
    return target.rememberScreenName ? rememberScreenNames(present, record) : present;
  });
}

/**
 * The list after an attendance report: everyone the report shows is present, new
 * people are added, screen names mapped by hand are remembered as aliases; people
 * the report does not show become absent on request, except those who sent apologies.
 */
export function applyAttendance(participants: readonly Participant[], decisions: readonly AttendanceDecision[], markMissingAbsent: boolean): Participant[] {
  const seen = new Set(decisions.flatMap((decision) => (decision.target.kind === 'participant' ? [decision.target.participantId] : [])));
  const before = markMissingAbsent
    ? participants.map((participant) => (seen.has(participant.id) || participant.attendance === 'apologies' ? participant : { ...participant, attendance: 'absent' as Attendance }))
    : [...participants];
  return decisions.reduce(applyDecision, before);
}
