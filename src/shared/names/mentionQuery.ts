import type { Participant } from '../meeting/schema';
import { findParticipantsByName, type NameMatch } from './matching';

/** What "@" typed in the notes offers: participants matching the name typed after it, or adding it as a new one. */

export type SpeakerChoice = { kind: 'participant'; participant: Participant } | { kind: 'new'; fullName: string };

export interface MentionTrigger {
  /** Where the "@" is in the text before the caret. */
  leadOffset: number;
  /** The name typed after the "@". */
  matchingString: string;
  /** "@" and the name: the text a chosen mention replaces. */
  replaceableString: string;
}

const MAX_CHOICES = 8;
const MAX_NEW_NAME_WORDS = 4;
// Characters no name contains end the query; spaces, apostrophes, dots and hyphens do not ("Dino dell'Accio", "St. Amour").
const STOP = '@\\n\\t,;:!?(){}\\[\\]"<>|/\\\\#$%&*=+~`^';
// "@" at the start, after a space or "(", not inside an e-mail address; the name may not start with a space.
const TRIGGER = new RegExp(`(^|\\s|\\()(@((?:[^\\s${STOP}][^${STOP}]{0,59})?))$`, 'u');

/** The "@name" being typed at the end of the text before the caret, if any. */
export function matchMentionTrigger(textBeforeCaret: string): MentionTrigger | null {
  // Asked on every keystroke, with the whole text before the caret: most of it holds no "@" at all.
  if (!textBeforeCaret.includes('@')) return null;
  const match = TRIGGER.exec(textBeforeCaret);
  if (!match) return null;
  return { leadOffset: match.index + (match[1] ?? '').length, matchingString: match[3] ?? '', replaceableString: match[2] ?? '' };
}

function namesSomeoneExactly(participants: readonly Participant[], query: string): boolean {
  return query !== '' && findParticipantsByName(participants, query).some((match) => match.kind === 'exact');
}

/**
 * Whether to offer "Add as participant": the query must look like a name (a few words,
 * with letters) that nobody has (a near miss such as "Justin Fair" may still be new), and must not be a known name followed by prose
 * ("@Jim agreed"), so that Enter at the end of a sentence never adds a person by mistake.
 */
function offersNewName(participants: readonly Participant[], query: string, matches: readonly NameMatch<Participant>[]): boolean {
  const words = query.split(' ');
  if (!/\p{L}/u.test(query) || words.length > MAX_NEW_NAME_WORDS) return false;
  // While the query still names someone (whole, a word's start, initials), it is most likely them being typed.
  if (matches.some((match) => match.kind !== 'similar')) return false;
  return !namesSomeoneExactly(participants, words.slice(0, -1).join(' '));
}

/** For "@" alone, the first people on the list; else the best matches by full name, short name, initials or alias. */
export function speakerChoicesFor(participants: readonly Participant[], rawQuery: string): SpeakerChoice[] {
  const query = rawQuery.replace(/\s+/gu, ' ').trim();
  if (query === '') return participants.slice(0, MAX_CHOICES).map((participant) => ({ kind: 'participant', participant }));
  const matches = findParticipantsByName(participants, query).slice(0, MAX_CHOICES);
  const choices: SpeakerChoice[] = matches.map((match) => ({ kind: 'participant', participant: match.participant }));
  if (offersNewName(participants, query, matches)) choices.push({ kind: 'new', fullName: query });
  return choices;
}
