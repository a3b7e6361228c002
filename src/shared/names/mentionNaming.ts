import type { AgendaItem, MeetingMetadata, Participant } from '../meeting/schema';
import { agendaPresenterIds } from '../report/agenda';
import { createSpeakerNamer } from '../report/naming';
import { DEFAULT_TEMPLATES } from '../report/templates';
import { shortNameOf } from './shortName';

/** What naming the mentions depends on: the people, the meeting's rule, and what the report prints before the notes. */
export interface MentionNamingContext {
  participants: readonly Participant[];
  metadata: Pick<MeetingMetadata, 'namingRule' | 'moderatorIds' | 'templates'>;
  agenda: readonly AgendaItem[];
}

const NAMES_MODERATORS = /\{moderators[}|]/u;

/**
 * The people the report names in full before its Discussion: the moderators in the
 * opening paragraph (when the group's template prints them) and the agenda's presenters.
 * Their first mention in the notes is therefore not their first in the report.
 */
export function namedBeforeDiscussion(context: MentionNamingContext): string[] {
  const opening = (context.metadata.templates ?? DEFAULT_TEMPLATES).opening;
  const moderators = NAMES_MODERATORS.test(opening) ? context.metadata.moderatorIds : [];
  return [...moderators, ...agendaPresenterIds(context.agenda)];
}

// The report's namer derives a short name at every mention; the editor renames all mentions
// whenever one is added, so each list of participants gets its short names worked out once.
const withShortNames = new WeakMap<readonly Participant[], Participant[]>();

function participantsWithShortNames(participants: readonly Participant[]): Participant[] {
  let resolved = withShortNames.get(participants);
  if (!resolved) {
    resolved = participants.map((participant) => ({ ...participant, shortName: shortNameOf(participant) }));
    withShortNames.set(participants, resolved);
  }
  return resolved;
}

/**
 * The name each mention shows, given the mentioned participants in document order:
 * the report's own namer does the naming, so the notes read as the report will
 * (first mention in full then short, always full, or always short; two people with
 * the same short name stay in full).
 */
export function mentionDisplayNames(participantIdsInOrder: readonly string[], context: MentionNamingContext): string[] {
  const namer = createSpeakerNamer(participantsWithShortNames(context.participants), context.metadata.namingRule);
  namer.markNamed(namedBeforeDiscussion(context));
  return participantIdsInOrder.map((id) => namer.mention(id));
}
