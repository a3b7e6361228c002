// A namespace import, not `{ z }`: esbuild then leaves out the zod nothing calls (its 40-odd locales), half the CLI bundle.
import * as z from 'zod';
import { checkedNotesStateSchema } from './notesCheck';
import { notesStateSchema } from './notesSchema';

/** Identifiers are short opaque strings; they never carry meaning. */
export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'an id may only hold letters, digits, "_" and "-"');

const text = (max: number) => z.string().max(max);

export const attendanceSchema = z.enum(['present', 'apologies', 'absent']);
export const roleSchema = z.enum(['chair', 'co-chair', 'moderator', 'secretariat', 'member', 'observer']);

export const participantSchema = z.strictObject({
  id: idSchema,
  fullName: text(500).min(1),
  /** Empty means "derive from the full name" (see names/shortName). */
  shortName: text(200).default(''),
  affiliation: text(1000).default(''),
  role: roleSchema.default('member'),
  attendance: attendanceSchema.default('present'),
  /** The 1–9 speaker chord pinned to this person, if any. */
  pin: z.number().int().min(1).max(9).optional(),
  /** Screen names seen in attendance reports that mean this person. */
  aliases: z.array(text(500)).max(100).default([]),
});

export const agendaSubItemSchema = z.strictObject({
  id: idSchema,
  title: text(2000),
  link: text(4000).optional(),
  presenterIds: z.array(idSchema).max(100).default([]),
  durationMin: z.number().int().min(1).max(1440).optional(),
  /** Offset from the meeting clock's start when the item was first taken up. */
  takenUpAtMs: z.number().int().min(0).optional(),
});

export const agendaItemSchema = agendaSubItemSchema.extend({
  children: z.array(agendaSubItemSchema).max(100).default([]),
});

/** A local wall-clock time in a named IANA zone ("UTC", "Europe/Geneva"). */
export const zonedDateTimeSchema = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD'),
  time: z.string().regex(/^\d{2}:\d{2}$/, 'a time is written HH:MM'),
  timeZone: text(100).min(1),
});

export const meetingFormatSchema = z.enum(['virtual', 'in-person', 'hybrid']);
export const meetingStatusSchema = z.enum(['live', 'draft', 'circulated']);
export const namingRuleSchema = z.enum(['first-full-then-short', 'always-full', 'always-short']);

export const reportTemplatesSchema = z.strictObject({
  opening: text(4000),
  leadIn: text(2000),
  nextMeeting: text(2000),
});

/** Which sections the report adds after the Discussion; a group switches them on or off (format 2). */
export const reportSectionsSchema = z.strictObject({
  actionItems: z.boolean().default(true),
  decisions: z.boolean().default(true),
});

export const metadataSchema = z.strictObject({
  groupTitle: text(500),
  groupLongName: text(500),
  groupShortName: text(200),
  seriesName: text(200),
  number: z.number().int().min(0).max(100000).optional(),
  format: meetingFormatSchema.default('virtual'),
  start: zonedDateTimeSchema.optional(),
  nextMeeting: zonedDateTimeSchema.optional(),
  locale: text(35).default('en'),
  moderatorIds: z.array(idSchema).max(50).default([]),
  recordingNote: text(1000).default(''),
  status: meetingStatusSchema.default('live'),
  namingRule: namingRuleSchema.default('first-full-then-short'),
  templates: reportTemplatesSchema.optional(),
  reportSections: reportSectionsSchema.default({ actionItems: true, decisions: true }),
});

export const linkSchema = z.strictObject({
  id: idSchema,
  title: text(2000),
  url: text(4000),
});

export const meetingClockSchema = z.strictObject({
  startedAt: z.iso.datetime().optional(),
  endedAt: z.iso.datetime().optional(),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

/** One meeting in an action's life: where it was raised, then each meeting it stayed open through. */
export const actionHistoryEntrySchema = z.strictObject({
  event: z.enum(['raised', 'open']),
  meetingNumber: z.number().int().min(0).max(100000).optional(),
  date: isoDate.optional(),
});

/** An open action brought over from the previous meeting of the series (format 2). */
export const carriedActionSchema = z.strictObject({
  id: idSchema,
  text: text(10_000),
  ownerIds: z.array(idSchema).max(50).default([]),
  due: isoDate.optional(),
  history: z.array(actionHistoryEntrySchema).max(1000).default([]),
});

// The key order is the order a saved file lists them in.
const meetingShape = <Notes extends typeof notesStateSchema>(notes: Notes) => ({
  metadata: metadataSchema,
  participants: z.array(participantSchema).max(2000),
  agenda: z.array(agendaItemSchema).max(500),
  notes,
  links: z.array(linkSchema).max(2000).default([]),
  clock: meetingClockSchema.default({}),
  carriedActions: z.array(carriedActionSchema).max(5000).default([]),
});

/** Checks every meeting read from a file or received from a window; the notes tree through its hand-written check (notesCheck.ts). */
export const meetingSchema = z.strictObject(meetingShape(checkedNotesStateSchema));

/** The same meeting described field by field, notes included: what the published JSON Schema is generated from. */
export const meetingDescriptionSchema = z.strictObject(meetingShape(notesStateSchema));

export type Attendance = z.infer<typeof attendanceSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type AgendaSubItem = z.infer<typeof agendaSubItemSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type ZonedDateTime = z.infer<typeof zonedDateTimeSchema>;
export type MeetingMetadata = z.infer<typeof metadataSchema>;
export type ReportTemplates = z.infer<typeof reportTemplatesSchema>;
export type MeetingLink = z.infer<typeof linkSchema>;
export type ReportSections = z.infer<typeof reportSectionsSchema>;
export type ActionHistoryEntry = z.infer<typeof actionHistoryEntrySchema>;
export type CarriedAction = z.infer<typeof carriedActionSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
/** What callers may hand to meetingSchema.parse: defaults may be left out. */
export type MeetingInput = z.input<typeof meetingSchema>;
