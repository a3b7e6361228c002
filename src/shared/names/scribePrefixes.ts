import type { Attendance } from '../meeting/schema';
import { findParticipantsByName, type MatchableParticipant } from './matching';

/**
 * The typed prefixes of the W3C scribe conventions that scribes already know:
 * `Name:` to attribute a statement, `present+ Name` and `regrets+ Name` to record
 * attendance. Pure text rules; the editor plugins decide when to apply them.
 */

const SPEAKER_PREFIX = /^\s*([^:\n]{1,80}):$/u;
const MAX_NAME_WORDS = 6;
const ATTENDANCE_PREFIX = /^\s*(present|regrets)\+\s*(.*)$/iu;
const NAME_SEPARATORS = /\s*[,;]\s*|\s+and\s+/u;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** The name in `Name:` when that is all the text before the caret: "Jim:" → "Jim"; anything longer is prose. */
export function speakerPrefixName(textBeforeCaret: string): string | undefined {
  const name = SPEAKER_PREFIX.exec(textBeforeCaret)?.[1]?.trim();
  if (name === undefined || !/\p{L}/u.test(name) || wordCount(name) > MAX_NAME_WORDS) return undefined;
  return name;
}

/**
 * The participant a `Name:` prefix means: only an exact match of one person's full
 * name, short name or alias, so "Note:", "Action:" and half-remembered names stay text.
 */
export function participantForSpeakerPrefix<P extends MatchableParticipant>(participants: readonly P[], name: string): P | undefined {
  const exact = findParticipantsByName(participants, name).filter((match) => match.kind === 'exact');
  return exact.length === 1 ? exact[0]?.participant : undefined;
}

export interface AttendancePrefix {
  attendance: Extract<Attendance, 'present' | 'apologies'>;
  names: string[];
}

/** `present+ Jim, Chris` or `regrets+ Lynn and Paul` as a whole paragraph; undefined for anything else. */
export function parseAttendancePrefix(paragraphText: string): AttendancePrefix | undefined {
  const match = ATTENDANCE_PREFIX.exec(paragraphText.trim());
  if (!match) return undefined;
  const names = (match[2] ?? '').split(NAME_SEPARATORS).map((name) => name.trim()).filter((name) => /\p{L}/u.test(name));
  if (names.length === 0) return undefined;
  return { attendance: match[1]?.toLowerCase() === 'present' ? 'present' : 'apologies', names };
}

export type AttendanceNameResolution =
  | { kind: 'participant'; name: string; participantId: string }
  | { kind: 'new'; name: string }
  | { kind: 'ambiguous'; name: string; candidateIds: string[] };

/**
 * Who a name in `present+` means: one exact match, else the only match of any kind
 * (a prefix, initials or a typo); nobody at all makes a new participant, and two or
 * more candidates are left for the scribe to disambiguate.
 */
export function resolveAttendanceName(participants: readonly MatchableParticipant[], name: string): AttendanceNameResolution {
  const matches = findParticipantsByName(participants, name);
  const exact = matches.filter((match) => match.kind === 'exact');
  const sure = exact.length === 1 ? exact[0] : exact.length === 0 && matches.length === 1 ? matches[0] : undefined;
  if (sure) return { kind: 'participant', name, participantId: sure.participant.id };
  if (matches.length === 0) return { kind: 'new', name };
  return { kind: 'ambiguous', name, candidateIds: (exact.length > 0 ? exact : matches).map((match) => match.participant.id) };
}
