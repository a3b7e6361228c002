import { z } from 'zod';
import { meetingSchema } from '../meeting/schema';
import { notesSafetyRequests } from '../autosave/contract';
import { seriesRequests } from '../series/contract';
import { eventChannels, requestChannels, type EventName, type RequestName, type SubscribeMethodName } from './channels';

/**
 * The one typed contract between the renderer and the main process.
 * Channel strings live here and nowhere else; payloads are plain JSON so the
 * Electron IPC and the test harness's Playwright binding carry them alike.
 */

/** An opaque reference to a file that main chose or validated; the renderer never holds a path. */
export const documentHandleSchema = z.string().regex(/^doc-[A-Za-z0-9]{8,40}$/);

export const documentInfoSchema = z.strictObject({
  handle: documentHandleSchema,
  fileName: z.string(),
  folder: z.string(),
});

export const openResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({
    status: z.literal('opened'),
    document: documentInfoSchema,
    meeting: meetingSchema,
    readOnly: z.boolean(),
    notice: z.string().optional(),
  }),
  z.strictObject({ status: z.literal('failed'), fileName: z.string(), message: z.string() }),
]);

export const saveResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({ status: z.literal('saved'), document: documentInfoSchema, savedAt: z.string() }),
  z.strictObject({ status: z.literal('failed'), message: z.string() }),
]);

export const reportFormatSchema = z.enum(['docx', 'html', 'md', 'txt']);

export const exportResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({ status: z.literal('exported'), fileName: z.string(), folder: z.string() }),
  z.strictObject({ status: z.literal('failed'), message: z.string() }),
]);

export const themeSchema = z.enum(['system', 'light', 'dark']);

/** "auto" follows the meeting's locale; the others name a shipped dictionary, or switch checking off. */
export const spellingLanguageSchema = z.enum(['auto', 'en-US', 'en-GB', 'fr', 'off']);
/** A word the user added to their dictionary: one word, no spaces. */
export const spellingWordSchema = z.string().min(1).max(100).regex(/^\S+$/u);
export const spellingPreferencesSchema = z.strictObject({
  language: spellingLanguageSchema,
  words: z.array(spellingWordSchema).max(10_000),
});

export const recentFileSchema = z.strictObject({ id: z.string(), fileName: z.string(), folder: z.string() });

const empty = z.strictObject({});

export const requestContract = {
  newMeeting: { channel: requestChannels.newMeeting, request: empty, response: z.strictObject({ meeting: meetingSchema }) },
  openMeeting: { channel: requestChannels.openMeeting, request: empty, response: openResultSchema },
  openRecentMeeting: { channel: requestChannels.openRecentMeeting, request: z.strictObject({ recentId: z.string().max(100) }), response: openResultSchema },
  /** A file dropped on the window or handed over by the OS; main checks the path and the content before opening. */
  openDroppedMeeting: { channel: requestChannels.openDroppedMeeting, request: z.strictObject({ path: z.string().max(4096) }), response: openResultSchema },
  saveMeeting: {
    channel: requestChannels.saveMeeting,
    request: z.strictObject({ handle: documentHandleSchema, meeting: meetingSchema }),
    response: saveResultSchema,
  },
  saveMeetingAs: {
    channel: requestChannels.saveMeetingAs,
    request: z.strictObject({ meeting: meetingSchema, suggestedName: z.string().max(300) }),
    response: saveResultSchema,
  },
  listRecentMeetings: { channel: requestChannels.listRecentMeetings, request: empty, response: z.array(recentFileSchema) },
  getAppInfo: {
    channel: requestChannels.getAppInfo,
    request: empty,
    response: z.strictObject({ platform: z.string(), version: z.string() }),
  },
  openExternalLink: {
    channel: requestChannels.openExternalLink,
    request: z.strictObject({ url: z.string().max(100_000) }),
    response: z.discriminatedUnion('opened', [
      z.strictObject({ opened: z.literal(true) }),
      z.strictObject({ opened: z.literal(false), reason: z.string() }),
    ]),
  },
  exportReport: {
    channel: requestChannels.exportReport,
    request: z.strictObject({
      meeting: meetingSchema,
      format: reportFormatSchema,
      includeItemsWithoutNotes: z.boolean(),
      includeApologies: z.boolean(),
      suggestedName: z.string().max(300),
    }),
    response: exportResultSchema,
  },
  getViewPreferences: {
    channel: requestChannels.getViewPreferences,
    request: empty,
    response: z.strictObject({ theme: themeSchema }),
  },
  setTheme: {
    channel: requestChannels.setTheme,
    request: z.strictObject({ theme: themeSchema }),
    response: z.strictObject({ theme: themeSchema }),
  },
  getSpellingPreferences: { channel: requestChannels.getSpellingPreferences, request: empty, response: spellingPreferencesSchema },
  setSpellingLanguage: {
    channel: requestChannels.setSpellingLanguage,
    request: z.strictObject({ language: spellingLanguageSchema }),
    response: spellingPreferencesSchema,
  },
  addSpellingWord: {
    channel: requestChannels.addSpellingWord,
    request: z.strictObject({ word: spellingWordSchema }),
    response: spellingPreferencesSchema,
  },
  // The context menu's Paste: a sandboxed page cannot read the clipboard itself (execCommand('paste') is refused).
  readClipboardForPaste: {
    channel: requestChannels.readClipboardForPaste,
    request: empty,
    response: z.strictObject({ available: z.boolean(), text: z.string().max(50_000_000), html: z.string().max(50_000_000) }),
  },
  copyReportToClipboard: {
    channel: requestChannels.copyReportToClipboard,
    request: z.strictObject({ html: z.string().max(50_000_000), text: z.string().max(50_000_000) }),
    response: z.strictObject({ copied: z.boolean() }),
  },
  ...notesSafetyRequests,
  ...seriesRequests,
} as const satisfies { [N in RequestName]: { channel: (typeof requestChannels)[N]; request: z.ZodType; response: z.ZodType } };

export const eventContract = {
  menuCommand: { channel: eventChannels.menuCommand, payload: z.strictObject({ commandId: z.string() }) },
  meetingOpenedFromOs: { channel: eventChannels.meetingOpenedFromOs, payload: openResultSchema },
  flushBeforeQuit: { channel: eventChannels.flushBeforeQuit, payload: empty },
  appNotice: { channel: eventChannels.appNotice, payload: z.strictObject({ message: z.string() }) },
} as const satisfies { [E in EventName]: { channel: (typeof eventChannels)[E]; payload: z.ZodType } };

export type RequestOf<N extends RequestName> = z.input<(typeof requestContract)[N]['request']>;
/** A request after its schema applied defaults: what handlers receive. */
export type ParsedRequestOf<N extends RequestName> = z.output<(typeof requestContract)[N]['request']>;
export type ResponseOf<N extends RequestName> = z.output<(typeof requestContract)[N]['response']>;
export type EventPayloadOf<E extends EventName> = z.output<(typeof eventContract)[E]['payload']>;
export type OpenResult = z.output<typeof openResultSchema>;
export type SaveResult = z.output<typeof saveResultSchema>;
export type DocumentInfo = z.output<typeof documentInfoSchema>;
export type RecentFile = z.output<typeof recentFileSchema>;
export type ExportResult = z.output<typeof exportResultSchema>;
export type ThemeChoice = z.output<typeof themeSchema>;
export type SpellingLanguageChoice = z.output<typeof spellingLanguageSchema>;
export type SpellingPreferences = z.output<typeof spellingPreferencesSchema>;
export type ReportFormatName = z.output<typeof reportFormatSchema>;

export type Unsubscribe = () => void;

/** What the preload exposes as `window.rapporteur`: one method per request, one subscribe method per event. */
/** A file from a drop: the preload turns it into its path with webUtils, which the page itself cannot do. */
export interface DroppedFile { readonly name: string }

export type RapporteurApi =
  & { [N in Exclude<RequestName, 'openDroppedMeeting'>]: (request: RequestOf<N>) => Promise<ResponseOf<N>> }
  & { openDroppedMeeting: (file: DroppedFile) => Promise<ResponseOf<'openDroppedMeeting'>> }
  & { [E in EventName as SubscribeMethodName<E>]: (listener: (payload: EventPayloadOf<E>) => void) => Unsubscribe };

export const requestNames = Object.keys(requestContract) as RequestName[];
export const eventNames = Object.keys(eventContract) as EventName[];
export type { EventName, RequestName };
export { API_GLOBAL_NAME, subscribeMethodName } from './channels';
