import { z } from 'zod';
import {
  idSchema, meetingFormatSchema, namingRuleSchema, participantSchema, reportSectionsSchema, reportTemplatesSchema, zonedDateTimeSchema,
} from '../meeting/schema';
import { agendaSkeletonSchema } from '../series/skeleton';

const text = (max: number) => z.string().max(max);

/** The last meeting the profile knows of: a new meeting from the profile is the one after it. */
export const lastMeetingSchema = z.strictObject({
  number: z.number().int().min(0).max(100000).optional(),
  nextMeeting: zonedDateTimeSchema.optional(),
});

/**
 * A working group's profile: everything its meetings share. It is user work
 * (kept as a file in the app's data folder, exported and imported as a file to
 * share with a colleague), never a preference.
 */
export const groupProfileSchema = z.strictObject({
  id: idSchema,
  groupTitle: text(500),
  groupLongName: text(500).default(''),
  groupShortName: text(200).default(''),
  seriesName: text(200).default('Online Meeting'),
  locale: text(35).default('en'),
  format: meetingFormatSchema.default('virtual'),
  /** The zone meetings are held in, for a new meeting whose date is not known yet. */
  timeZone: text(100).default('UTC'),
  /** Roster ids of the usual moderators. */
  moderatorIds: z.array(idSchema).max(50).default([]),
  recordingNote: text(1000).default(''),
  namingRule: namingRuleSchema.default('first-full-then-short'),
  templates: reportTemplatesSchema.optional(),
  reportSections: reportSectionsSchema.default({ actionItems: true, decisions: true }),
  /** The usual people with their roles and aliases; attendance is always reset when a meeting starts. */
  roster: z.array(participantSchema).max(2000).default([]),
  agendaSkeleton: agendaSkeletonSchema.default([]),
  lastMeeting: lastMeetingSchema.default({}),
});

export type GroupProfile = z.infer<typeof groupProfileSchema>;
export type GroupProfileInput = z.input<typeof groupProfileSchema>;

/** What a list of profiles shows, without the roster. */
export interface ProfileSummary {
  id: string;
  groupTitle: string;
  groupShortName: string;
  seriesName: string;
  lastNumber?: number;
  people: number;
}

export function summarizeProfile(profile: GroupProfile): ProfileSummary {
  const summary: ProfileSummary = {
    id: profile.id, groupTitle: profile.groupTitle, groupShortName: profile.groupShortName, seriesName: profile.seriesName, people: profile.roster.length,
  };
  if (profile.lastMeeting.number !== undefined) summary.lastNumber = profile.lastMeeting.number;
  return summary;
}

/** The profile's name as lists show it: "WG-Strategy — MAG Working Group on …". */
export function profileLabel(profile: Pick<GroupProfile, 'groupTitle' | 'groupShortName'>): string {
  return [profile.groupShortName.trim(), profile.groupTitle.trim()].filter(Boolean).join(' — ') || 'Unnamed group';
}
