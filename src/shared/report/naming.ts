import type { MeetingMetadata, Participant } from '../meeting/schema';
import { shortNameOf } from '../names/shortName';
import { REPORT_LABELS } from './templates';

export type NamingRule = MeetingMetadata['namingRule'];

/**
 * Names speakers as the report's naming rule says. The namer is stateful: it must
 * be asked in the order names appear in the report, because "first mention" means
 * first in the document the reader reads, not first typed during the call.
 */
export type SpeakerNamer = {
  /** The name to print for a mention of this participant. */
  mention(participantId: string): string;
  /** The full name, always used for moderators and presenters; undefined for an id no participant has. */
  fullName(participantId: string): string | undefined;
  /** Counts names printed outside the notes (opening paragraph, agenda) as mentions. */
  markNamed(participantIds: Iterable<string>): void;
};

export function createSpeakerNamer(participants: readonly Participant[], rule: NamingRule): SpeakerNamer {
  const byId = new Map(participants.map((participant) => [participant.id, participant]));
  const ambiguous = ambiguousShortNames(participants);
  const named = new Set<string>();
  const fullName = (id: string) => byId.get(id)?.fullName.trim();
  return {
    fullName,
    markNamed(ids) {
      for (const id of ids) named.add(id);
    },
    mention(id) {
      const participant = byId.get(id);
      if (!participant) return REPORT_LABELS.unknownSpeaker;
      const short = shortNameOf(participant);
      // Two people both called "Maria" by short name would be indistinguishable: keep them in full.
      const shortIsClear = short !== '' && !ambiguous.has(short.toLocaleLowerCase());
      const firstMention = !named.has(id);
      named.add(id);
      const full = participant.fullName.trim();
      if (rule === 'always-full' || !shortIsClear) return full;
      if (rule === 'always-short') return short;
      return firstMention ? full : short;
    },
  };
}

/** Short names (case-insensitive) that more than one attending participant would be printed as. */
function ambiguousShortNames(participants: readonly Participant[]): Set<string> {
  const counts = new Map<string, number>();
  // A roster member who did not attend is never mentioned, so cannot be confused with one who did.
  for (const participant of participants.filter((p) => p.attendance !== 'absent')) {
    const key = shortNameOf(participant).toLocaleLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count > 1).map(([key]) => key));
}
