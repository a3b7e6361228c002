import type { Participant } from '../../meeting/schema';
import { findParticipantsByName, normalizeNameForMatch, type MatchableParticipant } from '../../names/matching';
import { cleanScreenName } from './screenNames';
import type { AttendanceRecord } from './types';

export interface AttendanceMatch {
  record: AttendanceRecord;
  /** The participant this record certainly is; undefined leaves the choice to the user. */
  participantId?: string;
  matchedBy?: 'name' | 'alias';
  /** Participants the record might be (short name, prefix, initials, near miss, or a device owner's name), best first. */
  candidateIds: string[];
}

const MAX_CANDIDATES = 5;
const MAX_ALIASES = 100;
const MAX_ALIAS_LENGTH = 500;

/** Every spelling of the record to compare: its best name and each raw screen name, cleaned. */
function keysOf(record: AttendanceRecord): Set<string> {
  const names = [record.name, ...record.rawNames.map((raw) => cleanScreenName(raw).name)];
  return new Set(names.map(normalizeNameForMatch).filter((key) => key !== ''));
}

function participantsWhere(participants: readonly MatchableParticipant[], test: (participant: MatchableParticipant) => boolean): string[] {
  return participants.filter(test).map((participant) => participant.id);
}

function candidatesFor(record: AttendanceRecord, participants: readonly MatchableParticipant[]): string[] {
  const query = record.isDevice ? (record.deviceOwnerHint ?? '') : record.name;
  return findParticipantsByName(participants, query)
    .slice(0, MAX_CANDIDATES)
    .map((match) => match.participant.id);
}

function matchOne(record: AttendanceRecord, participants: readonly MatchableParticipant[]): AttendanceMatch {
  const keys = keysOf(record);
  // A screen name the user has mapped before wins; a device is only ever recognised that way.
  const byAlias = participantsWhere(participants, (participant) => participant.aliases.some((alias) => keys.has(normalizeNameForMatch(alias))));
  if (byAlias.length === 1) return { record, participantId: byAlias[0], matchedBy: 'alias', candidateIds: [] };
  const byName = record.isDevice ? [] : participantsWhere(participants, (participant) => keys.has(normalizeNameForMatch(participant.fullName)));
  if (byAlias.length === 0 && byName.length === 1) return { record, participantId: byName[0], matchedBy: 'name', candidateIds: [] };
  const ambiguous = [...byAlias, ...byName];
  const candidateIds = ambiguous.length > 0 ? [...new Set(ambiguous)] : candidatesFor(record, participants);
  return { record, candidateIds };
}

/**
 * For each attendance record, the participant it is: by a full name or an alias equal to
 * one of its names, ignoring accents, case and Unicode normal form. Anything less certain
 * (a first name only, two people with the same name, a device) is left for the user to
 * map, with candidates; mapping it should then call addAlias.
 */
export function matchAttendance(records: readonly AttendanceRecord[], participants: readonly MatchableParticipant[]): AttendanceMatch[] {
  return records.map((record) => matchOne(record, participants));
}

/**
 * The participant with a screen name added to its aliases, so the next report that shows
 * it matches by itself. Unchanged when the name is blank or already known; past the
 * model's 100 aliases, the oldest is dropped.
 */
export function addAlias<P extends Pick<Participant, 'fullName' | 'aliases'>>(participant: P, screenName: string): P {
  const alias = screenName.replace(/\s+/gu, ' ').trim().slice(0, MAX_ALIAS_LENGTH);
  const key = normalizeNameForMatch(alias);
  const known = [participant.fullName, ...participant.aliases].some((name) => normalizeNameForMatch(name) === key);
  if (key === '' || known) return participant;
  return { ...participant, aliases: [...participant.aliases, alias].slice(-MAX_ALIASES) };
}
