import { z } from 'zod';
import { checkDepthAndDropPrototypeKeys, MAX_FILE_BYTES } from '../meeting/fileFormat';
import { MAX_CHILDREN } from '../meeting/notesCheck';
import { meetingSchema, type Meeting } from '../meeting/schema';
import { requestChannels } from '../bridge/channels';

/**
 * The bridge requests that keep notes safe: autosave, recovery, versions and
 * the quit handshake. The bridge contract spreads them into its one list.
 * (This module cannot import the contract's own schemas: the contract imports
 * it, so the two schemas below repeat its handle and document shapes.)
 */

export const DRAFT_ID_PATTERN = /^draft-[A-Za-z0-9]{12,40}$/;
export const OFFER_ID_PATTERN = /^(offer-[A-Za-z0-9]{12,40}|draft-[A-Za-z0-9]{12,40})$/;
export const VERSION_ID_PATTERN = /^\d{8}T\d{9}Z-[a-z-]{2,24}-\d{1,9}w-[0-9a-f]{12}$/;

const handleSchema = z.string().regex(/^doc-[A-Za-z0-9]{8,40}$/);
const documentSchema = z.strictObject({ handle: handleSchema, fileName: z.string(), folder: z.string() });
export const draftIdSchema = z.string().regex(DRAFT_ID_PATTERN);

/** The meeting a request is about: an open file (by handle) or an untitled meeting's draft. */
export const meetingTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('file'), handle: handleSchema }),
  z.strictObject({ kind: z.literal('draft'), draftId: draftIdSchema }),
]);

export const autosaveResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), at: z.string(), document: documentSchema }),
  z.strictObject({ status: z.literal('draftSaved'), at: z.string() }),
  /** The recovery store has the notes; the file or draft is still being written (a slow disk): ask again. */
  z.strictObject({ status: z.literal('saving'), at: z.string() }),
  /** The file or draft was not written, but the recovery store holds every change. */
  z.strictObject({ status: z.literal('recoveryOnly'), at: z.string(), code: z.string(), message: z.string() }),
  /** The file changed on disk since it was read or written: nothing was overwritten. */
  z.strictObject({ status: z.literal('conflict'), at: z.string(), message: z.string() }),
  z.strictObject({ status: z.literal('notSavedAnywhere'), message: z.string() }),
]);

/** Main does not hold the save an autosave built on (it restarted, or the last request failed): send every block. */
const baseUnknownSchema = z.strictObject({ status: z.literal('baseUnknown') });
export const autosaveReplySchema = z.discriminatedUnion('status', [...autosaveResultSchema.options, baseUnknownSchema]);

const SAVE_ID = /^[A-Za-z0-9-]{1,64}$/;
const blockCount = z.number().int().min(0).max(MAX_CHILDREN);
/** notesBlocks.ts's MeetingChanges: only the blocks of notes changed since the last save main received. */
export const meetingChangesSchema = z.strictObject({
  id: z.string().regex(SAVE_ID),
  base: z.string().regex(SAVE_ID).nullable(),
  head: z.string().max(MAX_FILE_BYTES),
  blocks: z.array(z.union([z.string().max(MAX_FILE_BYTES), z.tuple([blockCount, blockCount.min(1)])])).max(MAX_CHILDREN),
});

export const reopenedMeetingSchema = z.strictObject({
  meeting: meetingSchema,
  target: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('file'), document: documentSchema, readOnly: z.boolean(), notice: z.string().optional() }),
    z.strictObject({ kind: z.literal('draft'), draftId: draftIdSchema }),
  ]),
  /** Set when the content came from the recovery store rather than the file or draft. */
  recoveredFrom: z.string().optional(),
});

export const recoveryOfferSchema = z.strictObject({
  offerId: z.string().regex(OFFER_ID_PATTERN),
  kind: z.enum(['file', 'draft']),
  /** The file's name, or the draft meeting's title. */
  title: z.string(),
  folder: z.string(),
  /** When these notes were last changed. */
  at: z.string(),
  /** When the file on disk was last written; null when it is missing. Absent for drafts. */
  fileSavedAt: z.string().nullable().optional(),
  words: z.number().int().min(0),
});

export const versionInfoSchema = z.strictObject({
  versionId: z.string().regex(VERSION_ID_PATTERN),
  at: z.string(),
  reason: z.string(),
  words: z.number().int().min(0),
});

const empty = z.strictObject({});
const failed = z.strictObject({ status: z.literal('failed'), message: z.string() });

export const notesSafetyRequests = {
  autosaveMeeting: {
    channel: requestChannels.autosaveMeeting,
    // JSON text, not objects: one string crosses the IPC far faster than the thousands of objects of a
    // long meeting's notes, and this request comes every second while typing. The window sends the
    // changes since its last save (notesBlocks.ts); the whole meeting is the fallback.
    request: z.union([
      z.strictObject({ target: meetingTargetSchema, changes: meetingChangesSchema }),
      z.strictObject({ target: meetingTargetSchema, meetingJson: z.string().max(MAX_FILE_BYTES) }),
    ]),
    response: autosaveReplySchema,
  },
  closeMeeting: {
    channel: requestChannels.closeMeeting,
    request: z.strictObject({ target: meetingTargetSchema, meeting: meetingSchema.nullable(), quitting: z.boolean() }),
    response: empty,
  },
  adoptDraft: {
    channel: requestChannels.adoptDraft,
    request: z.strictObject({ draftId: draftIdSchema, handle: handleSchema }),
    response: empty,
  },
  restoreSession: {
    channel: requestChannels.restoreSession,
    request: empty,
    response: z.strictObject({ reopened: reopenedMeetingSchema.nullable(), offers: z.array(recoveryOfferSchema), notices: z.array(z.string()) }),
  },
  restoreRecoveryOffer: {
    channel: requestChannels.restoreRecoveryOffer,
    request: z.strictObject({ offerId: z.string().regex(OFFER_ID_PATTERN) }),
    response: z.discriminatedUnion('status', [z.strictObject({ status: z.literal('restored'), reopened: reopenedMeetingSchema }), failed]),
  },
  discardRecoveryOffer: {
    channel: requestChannels.discardRecoveryOffer,
    request: z.strictObject({ offerId: z.string().regex(OFFER_ID_PATTERN) }),
    response: z.strictObject({ discarded: z.boolean() }),
  },
  resolveExternalChange: {
    channel: requestChannels.resolveExternalChange,
    request: z.strictObject({ handle: handleSchema, choice: z.enum(['keepMine', 'loadTheirs']), mine: meetingSchema }),
    response: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('keptMine') }),
      z.strictObject({ status: z.literal('loadedTheirs'), meeting: meetingSchema, readOnly: z.boolean() }),
      failed,
    ]),
  },
  listVersions: {
    channel: requestChannels.listVersions,
    request: z.strictObject({ target: meetingTargetSchema }),
    response: z.strictObject({ versions: z.array(versionInfoSchema) }),
  },
  restoreVersion: {
    channel: requestChannels.restoreVersion,
    request: z.strictObject({ target: meetingTargetSchema, versionId: z.string().regex(VERSION_ID_PATTERN), current: meetingSchema }),
    response: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('restored'), meeting: meetingSchema, restoredAt: z.string(), currentKeptAs: versionInfoSchema.nullable() }),
      failed,
    ]),
  },
  snapshotVersion: {
    channel: requestChannels.snapshotVersion,
    request: z.strictObject({ target: meetingTargetSchema, meeting: meetingSchema, reason: z.enum(['import']) }),
    response: z.strictObject({ taken: z.boolean() }),
  },
  quitReady: {
    channel: requestChannels.quitReady,
    request: z.strictObject({ safe: z.boolean(), message: z.string().max(2000).optional() }),
    response: empty,
  },
} as const;

export type MeetingTarget = z.output<typeof meetingTargetSchema>;
export type AutosaveResult = z.output<typeof autosaveResultSchema>;
export type AutosaveReply = z.output<typeof autosaveReplySchema>;
export type ReopenedMeeting = z.output<typeof reopenedMeetingSchema>;
export type RecoveryOffer = z.output<typeof recoveryOfferSchema>;
export type VersionInfo = z.output<typeof versionInfoSchema>;
export type NotesSafetyRequestName = keyof typeof notesSafetyRequests;

/**
 * JSON text a window sent, parsed, its nesting checked from the depth it sits at and its
 * "__proto__" keys dropped; a problem comes back as a sentence.
 */
export function parseRequestJson(text: string, startDepth = 1): { ok: true; data: unknown } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, problem: 'it nests data too deeply' };
    return { ok: false, problem: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  // One walk instead of a reviver, which cost a save at 20,000 words ~10 ms in main (parsing itself: 0.5 ms).
  if (!checkDepthAndDropPrototypeKeys(data, startDepth)) return { ok: false, problem: 'it nests data too deeply' };
  return { ok: true, data };
}

/** Reads the meeting an autosave request carries as JSON; a problem comes back as a sentence. */
export function parseMeetingJson(text: string): { ok: true; meeting: Meeting } | { ok: false; problem: string } {
  const parsed = parseRequestJson(text);
  if (!parsed.ok) return parsed;
  const checked = meetingSchema.safeParse(parsed.data);
  if (!checked.success) {
    const first = checked.error.issues[0];
    return { ok: false, problem: `it is not a valid meeting (${first ? `${first.path.join('.')}: ${first.message}` : 'wrong shape'})` };
  }
  return { ok: true, meeting: checked.data };
}
