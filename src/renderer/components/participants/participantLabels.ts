import type { Attendance, MeetingMetadata, Participant, Role } from '../../../shared/meeting/schema';
import { shortNameOf } from '../../../shared/names/shortName';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  chair: 'Chair', 'co-chair': 'Co-chair', moderator: 'Moderator', secretariat: 'Secretariat', member: 'Member', observer: 'Observer',
};

export const ATTENDANCE_LABELS: Readonly<Record<Attendance, string>> = {
  present: 'Present', apologies: 'Apologies', absent: 'Absent',
};

export const NAMING_RULE_LABELS: Readonly<Record<MeetingMetadata['namingRule'], string>> = {
  'first-full-then-short': 'Full name first, then short name',
  'always-full': 'Always the full name',
  'always-short': 'Always the short name',
};

/** Short names for compact lists (who spoke); people who share one keep their full name. */
export function compactNames(participants: readonly Participant[]): Map<string, string> {
  const shortCounts = new Map<string, number>();
  for (const participant of participants) {
    const key = shortNameOf(participant).toLocaleLowerCase();
    shortCounts.set(key, (shortCounts.get(key) ?? 0) + 1);
  }
  return new Map(participants.map((participant) => {
    const short = shortNameOf(participant);
    return [participant.id, (shortCounts.get(short.toLocaleLowerCase()) ?? 0) > 1 ? participant.fullName : short];
  }));
}
