import type { MatchableParticipant } from '../names/matching';
import { resolveAttendanceName } from '../names/scribePrefixes';

/**
 * "ACTION: Chris and Jim to circulate the draft" names its owners before "to",
 * as W3C scribes write it. Only words that read as people's names count: "The
 * group to …" or "All to …" is an action without a named owner.
 */

const OWNERS_BEFORE_TO = /^(.{1,160}?)\s+(?:to|will|shall|should)\s+(\S.*)$/su;
const NAME_SEPARATORS = /\s*(?:,|;|&|\/|\+|\band\b)\s*/u;
const NOT_A_NAME = /^(?:the|all|everyone|everybody|each|we|they|you|someone|somebody|anyone|members?|participants?|group|it|this|that|these|those)\b/iu;
const MAX_NAME_WORDS = 5;

/** The names a task's text starts with, or none when it does not start "Name(s) to …". */
export function ownerNamesIn(task: string): string[] {
  const match = OWNERS_BEFORE_TO.exec(task.trim());
  if (!match) return [];
  const names = match[1]!.split(NAME_SEPARATORS).map((name) => name.trim()).filter(Boolean);
  return names.every(looksLikeAName) ? names : [];
}

function looksLikeAName(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length <= MAX_NAME_WORDS && !NOT_A_NAME.test(name) && /^\p{Lu}/u.test(name);
}

export interface ResolvedOwners {
  ownerIds: string[];
  /** Names nobody on the roster has: the caller adds them as people, since owners need not have attended. */
  newNames: string[];
  /** Names that could be two people: left for the scribe to pick. */
  ambiguousNames: string[];
}

/** Who each name is: one exact or only match is that person; no match is a new person; several stay unresolved. */
export function resolveOwners(participants: readonly MatchableParticipant[], names: readonly string[]): ResolvedOwners {
  const resolved: ResolvedOwners = { ownerIds: [], newNames: [], ambiguousNames: [] };
  for (const name of names) {
    const resolution = resolveAttendanceName(participants, name);
    if (resolution.kind === 'participant' && !resolved.ownerIds.includes(resolution.participantId)) resolved.ownerIds.push(resolution.participantId);
    else if (resolution.kind === 'new') resolved.newNames.push(name);
    else if (resolution.kind === 'ambiguous') resolved.ambiguousNames.push(name);
  }
  return resolved;
}
