import { newId } from '../../ids';
import { participantSchema, type Participant } from '../../meeting/schema';
import { findParticipantsByName } from '../../names/matching';
import { groupProfileSchema, type GroupProfile } from '../../profiles/schema';
import type { ParsedPerson } from '../participantList';
import type { ImportedReport } from './importReport';

/**
 * A group profile from an imported report: the group's names and settings, the
 * people (those who sent apologies too: they belong to the group), the agenda's
 * titles as the skeleton to edit, and the imported meeting as the last one, so
 * a new meeting from the profile is the next.
 */
export function profileFromImport(report: ImportedReport): GroupProfile {
  const roster = [...report.participants.map((person) => personToParticipant(person)), ...report.apologies.map((person) => personToParticipant(person))];
  const rosterUnique = roster.filter((person, index) => roster.findIndex((other) => other.fullName === person.fullName) === index);
  const moderatorIds = report.moderatorNames.flatMap((name) => {
    const exact = findParticipantsByName(rosterUnique, name).filter((match) => match.kind === 'exact');
    return exact.length === 1 ? [exact[0]!.participant.id] : [];
  });
  return groupProfileSchema.parse({
    id: newId('g'),
    groupTitle: report.groupTitle ?? '',
    groupLongName: report.groupLongName ?? '',
    groupShortName: report.groupShortName ?? '',
    seriesName: report.seriesName ?? 'Online Meeting',
    format: report.format ?? 'virtual',
    timeZone: report.start?.timeZone ?? 'UTC',
    moderatorIds,
    recordingNote: report.recordingNote ?? '',
    roster: rosterUnique.map((person) => (moderatorIds.includes(person.id) && person.role === 'member' ? { ...person, role: 'moderator' as const } : person)),
    agendaSkeleton: report.agenda.map((item) => ({ title: item.title.slice(0, 2000), children: item.children.map((child) => ({ title: child.title.slice(0, 2000) })) })),
    lastMeeting: {
      ...(report.number !== undefined ? { number: report.number } : {}),
      ...(report.nextMeeting ? { nextMeeting: report.nextMeeting } : {}),
    },
  });
}

function personToParticipant(person: ParsedPerson): Participant {
  return participantSchema.parse({ id: newId('p'), fullName: person.fullName.slice(0, 500), affiliation: person.affiliation.slice(0, 1000), role: roleFrom(person.affiliation) });
}

/** "Group's Co-Chair, IGF MAG member" says the role; anything else is a member. */
function roleFrom(affiliation: string): Participant['role'] {
  if (/\bco-?chair\b/iu.test(affiliation)) return 'co-chair';
  if (/\bchair\b/iu.test(affiliation) && !/\bformer\b/iu.test(affiliation)) return 'chair';
  if (/\bsecretariat\b/iu.test(affiliation)) return 'secretariat';
  return 'member';
}
