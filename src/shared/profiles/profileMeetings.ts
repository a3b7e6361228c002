import { newId } from '../ids';
import { meetingSchema, type Meeting, type MeetingMetadata } from '../meeting/schema';
import { nextMetadata, withAttendanceReset, REVIEW_ITEM_TITLE } from '../series/nextMeeting';
import { startingNotes } from '../series/reviewNotes';
import { agendaFromSkeleton, skeletonOf } from '../series/skeleton';
import { groupProfileSchema, type GroupProfile } from './schema';

/** A profile from a meeting of the group: its settings, its people (attendance reset) and, unless kept, its agenda as the skeleton. */
export function profileFromMeeting(meeting: Meeting, existing?: GroupProfile): GroupProfile {
  const { metadata } = meeting;
  // A skeleton the group curated is kept; otherwise this meeting's items, minus the review of actions, are the start of one.
  const skeleton = existing && existing.agendaSkeleton.length > 0
    ? existing.agendaSkeleton
    : skeletonOf(meeting.agenda.filter((item) => item.title.trim() !== REVIEW_ITEM_TITLE));
  return groupProfileSchema.parse({
    id: existing?.id ?? newId('g'),
    groupTitle: metadata.groupTitle,
    groupLongName: metadata.groupLongName,
    groupShortName: metadata.groupShortName,
    seriesName: metadata.seriesName,
    locale: metadata.locale,
    format: metadata.format,
    timeZone: metadata.start?.timeZone ?? existing?.timeZone ?? 'UTC',
    moderatorIds: metadata.moderatorIds,
    recordingNote: metadata.recordingNote,
    namingRule: metadata.namingRule,
    ...(metadata.templates ? { templates: metadata.templates } : {}),
    reportSections: metadata.reportSections,
    roster: meeting.participants.map(withAttendanceReset),
    agendaSkeleton: skeleton,
    lastMeeting: {
      ...(metadata.number !== undefined ? { number: metadata.number } : {}),
      ...(metadata.nextMeeting ? { nextMeeting: metadata.nextMeeting } : {}),
    },
  });
}

/** The meeting after the profile's last one, as "New meeting from previous" makes it, without a previous file. */
export function meetingFromProfile(profile: GroupProfile, withSkeleton = true): Meeting {
  const agenda = withSkeleton ? agendaFromSkeleton(profile.agendaSkeleton) : [];
  return meetingSchema.parse({
    metadata: nextMetadata(profileMetadata(profile)),
    participants: profile.roster.map(withAttendanceReset),
    agenda,
    notes: startingNotes(agenda, undefined, []),
    links: [],
  });
}

/** The profile as the metadata of its last meeting, so the series rules make the next one. */
function profileMetadata(profile: GroupProfile): MeetingMetadata {
  const rosterIds = new Set(profile.roster.map((person) => person.id));
  const metadata: MeetingMetadata = {
    groupTitle: profile.groupTitle, groupLongName: profile.groupLongName, groupShortName: profile.groupShortName, seriesName: profile.seriesName,
    format: profile.format, locale: profile.locale, moderatorIds: profile.moderatorIds.filter((id) => rosterIds.has(id)),
    recordingNote: profile.recordingNote, status: 'live', namingRule: profile.namingRule, reportSections: profile.reportSections,
  };
  if (profile.templates) metadata.templates = profile.templates;
  if (profile.lastMeeting.number !== undefined) metadata.number = profile.lastMeeting.number;
  if (profile.lastMeeting.nextMeeting) metadata.nextMeeting = profile.lastMeeting.nextMeeting;
  return metadata;
}
