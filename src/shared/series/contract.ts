import { z } from 'zod';
import { requestChannels } from '../bridge/channels';
import { idSchema, meetingSchema } from '../meeting/schema';
import { groupProfileSchema } from '../profiles/schema';

/**
 * The bridge requests of the series features: group profiles, reading a
 * previous report's .docx, choosing the previous meeting's file, and the
 * meetings library. The bridge contract spreads them into its one list. Files
 * are chosen by main's dialogs; the renderer gets contents and opaque ids,
 * never paths.
 */

const handleSchema = z.string().regex(/^doc-[A-Za-z0-9]{8,40}$/);
const documentSchema = z.strictObject({ handle: handleSchema, fileName: z.string(), folder: z.string() });
const cancelled = z.strictObject({ status: z.literal('cancelled') });
const failed = z.strictObject({ status: z.literal('failed'), message: z.string() });
export const LIBRARY_ENTRY_PATTERN = /^lib-[A-Za-z0-9]{12,40}$/;

export const profileSummarySchema = z.strictObject({
  id: idSchema,
  groupTitle: z.string(),
  groupShortName: z.string(),
  seriesName: z.string(),
  lastNumber: z.number().int().optional(),
  people: z.number().int().min(0),
});

export const libraryEntrySchema = z.strictObject({
  entryId: z.string().regex(LIBRARY_ENTRY_PATTERN),
  fileName: z.string(),
  /** The group a meeting belongs to, as its metadata names it ("WG-Strategy — Online Meeting"). */
  groupKey: z.string(),
  groupLabel: z.string(),
  number: z.number().int().optional(),
  date: z.string().optional(),
  time: z.string().optional(),
  timeZone: z.string().optional(),
  /** Where the search words were found, with a little text around them; empty without a search. */
  excerpt: z.string(),
});

export const libraryFolderSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('choose') }),
  /** The folder listed last in this session. */
  z.strictObject({ kind: z.literal('current') }),
  /** The folder of an open meeting's file. */
  z.strictObject({ kind: z.literal('ofDocument'), handle: handleSchema }),
]);

const openResult = z.discriminatedUnion('status', [
  cancelled,
  z.strictObject({ status: z.literal('opened'), document: documentSchema, meeting: meetingSchema, readOnly: z.boolean(), notice: z.string().optional() }),
  z.strictObject({ status: z.literal('failed'), fileName: z.string(), message: z.string() }),
]);

export const seriesRequests = {
  listProfiles: {
    channel: requestChannels.listProfiles,
    request: z.strictObject({}),
    response: z.strictObject({ profiles: z.array(profileSummarySchema), problems: z.array(z.string()) }),
  },
  getProfile: {
    channel: requestChannels.getProfile,
    request: z.strictObject({ id: idSchema }),
    response: z.discriminatedUnion('status', [z.strictObject({ status: z.literal('found'), profile: groupProfileSchema }), failed]),
  },
  saveProfile: {
    channel: requestChannels.saveProfile,
    request: z.strictObject({ profile: groupProfileSchema }),
    response: z.discriminatedUnion('status', [z.strictObject({ status: z.literal('saved'), summary: profileSummarySchema }), failed]),
  },
  deleteProfile: {
    channel: requestChannels.deleteProfile,
    request: z.strictObject({ id: idSchema }),
    response: z.discriminatedUnion('status', [z.strictObject({ status: z.literal('deleted') }), failed]),
  },
  exportProfile: {
    channel: requestChannels.exportProfile,
    request: z.strictObject({ id: idSchema }),
    response: z.discriminatedUnion('status', [cancelled, z.strictObject({ status: z.literal('exported'), fileName: z.string(), folder: z.string() }), failed]),
  },
  importProfile: {
    channel: requestChannels.importProfile,
    request: z.strictObject({}),
    response: z.discriminatedUnion('status', [
      cancelled, z.strictObject({ status: z.literal('imported'), summary: profileSummarySchema, replaced: z.boolean() }), failed,
    ]),
  },
  readReportFile: {
    channel: requestChannels.readReportFile,
    request: z.strictObject({}),
    response: z.discriminatedUnion('status', [cancelled, z.strictObject({ status: z.literal('read'), fileName: z.string(), text: z.string() }), failed]),
  },
  choosePreviousMeeting: {
    channel: requestChannels.choosePreviousMeeting,
    request: z.strictObject({}),
    response: z.discriminatedUnion('status', [cancelled, z.strictObject({ status: z.literal('read'), fileName: z.string(), meeting: meetingSchema }), failed]),
  },
  listLibrary: {
    channel: requestChannels.listLibrary,
    request: z.strictObject({ folder: libraryFolderSchema, query: z.string().max(500) }),
    response: z.discriminatedUnion('status', [
      cancelled,
      z.strictObject({
        status: z.literal('listed'), folderName: z.string(), meetings: z.array(libraryEntrySchema),
        /** .minutes files that could not be read, and whether the scan stopped at its limit. */
        unreadable: z.number().int().min(0), truncated: z.boolean(),
      }),
      failed,
    ]),
  },
  openLibraryMeeting: {
    channel: requestChannels.openLibraryMeeting,
    request: z.strictObject({ entryId: z.string().regex(LIBRARY_ENTRY_PATTERN) }),
    response: openResult,
  },
} as const;

export type ProfileSummaryDto = z.output<typeof profileSummarySchema>;
export type LibraryEntry = z.output<typeof libraryEntrySchema>;
export type LibraryFolder = z.output<typeof libraryFolderSchema>;
export type SeriesRequestName = keyof typeof seriesRequests;
