// A namespace import, not `{ z }`: esbuild then leaves out the zod nothing calls (its 40-odd locales), half the CLI bundle.
import * as z from 'zod';
import { meetingDescriptionSchema, meetingSchema, type Meeting } from './schema';
import { migrateMeetingData, MIGRATIONS } from './migrate';

/** The format this app writes. Bump it (and add a migration) when the shape changes. 2: action items, decisions, carried-over actions. */
export const FORMAT_VERSION = 2;
/** The oldest reader that can still open what this app writes without losing data (format 1 refuses action and decision markers). */
export const MIN_READER_VERSION = 2;
export const FILE_EXTENSION = '.minutes';
export const APP_MARKER = 'Rapporteur';
/** Nesting deeper than this is no meeting: refuse it before schema validation recurses. */
export const MAX_NESTING_DEPTH = 64;
/** 64 MiB of JSON is far beyond any real meeting, yet small enough to parse safely. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const envelopeOf = <Meeting extends z.ZodType>(meeting: Meeting) => z.strictObject({
  app: z.literal(APP_MARKER),
  formatVersion: z.number().int().min(1),
  minReaderVersion: z.number().int().min(1),
  meeting,
});

export const envelopeSchema = envelopeOf(meetingSchema);
/** The envelope with the notes described field by field, for the published JSON Schema (see jsonSchema.ts). */
export const envelopeDescriptionSchema = envelopeOf(meetingDescriptionSchema);

export type MeetingFileErrorCode =
  | 'empty' | 'too-large' | 'binary' | 'not-json' | 'too-deep' | 'not-a-meeting'
  | 'wrong-shape' | 'too-new';

export type MeetingFileError = { code: MeetingFileErrorCode; message: string };

export type ParsedMeetingFile =
  | { ok: true; meeting: Meeting; readOnly: boolean; notice?: string; migratedFrom?: number }
  | { ok: false; error: MeetingFileError };

const fail = (code: MeetingFileErrorCode, message: string): ParsedMeetingFile => ({ ok: false, error: { code, message } });

/**
 * One walk over parsed JSON: how deep it nests (stopping past the limit) and, on
 * the way, away with every "__proto__" key, which must never reach an object
 * spread or Object.assign. (A JSON.parse reviver did the latter at four times
 * the cost of parsing.) Returns false when the data nests too deep. A part
 * checked on its own (a block of notes) starts at the depth it sits at.
 */
export function checkDepthAndDropPrototypeKeys(value: unknown, startDepth = 1): boolean {
  const stack: unknown[] = [value];
  const depths: number[] = [startDepth];
  while (stack.length > 0) {
    const node = stack.pop();
    const depth = depths.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_NESTING_DEPTH) return false;
    if (Array.isArray(node)) {
      for (const child of node) if (child !== null && typeof child === 'object') { stack.push(child); depths.push(depth + 1); }
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(node, '__proto__')) delete (node as Record<string, unknown>)['__proto__'];
    for (const key in node) {
      const child = (node as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') { stack.push(child); depths.push(depth + 1); }
    }
  }
  return true;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the top level';
  return `${where}: ${issue.message}`;
}

function failBinary(): ParsedMeetingFile {
  return fail('binary', 'The file holds binary data, not a Rapporteur meeting (is it another kind of file?).');
}

/**
 * Reads a .minutes file's text. Never throws: every way a file can be wrong
 * comes back as an error with a sentence a user can act on.
 */
export function parseMeetingFile(text: string, byteLength = text.length): ParsedMeetingFile {
  if (byteLength === 0 || text.trim() === '') return fail('empty', 'The file is empty: it holds no meeting.');
  if (byteLength > MAX_FILE_BYTES) {
    return fail('too-large', `The file is ${Math.round(byteLength / 1048576)} MB, more than the ${MAX_FILE_BYTES / 1048576} MB a meeting file can be.`);
  }
  // A raw control character is never valid JSON, so this only names why such a file fails to parse.
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text.slice(0, 4096))) return failBinary();
  let data: unknown;
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    data = JSON.parse(json);
  } catch (error) {
    // Undecodable bytes read as U+FFFD; only in text that is not JSON anyway, as "���" typed in the notes is fine.
    if (text.includes('\uFFFD\uFFFD\uFFFD')) return failBinary();
    if (error instanceof RangeError) {
      return fail('too-deep', `The file nests data more than ${MAX_NESTING_DEPTH} levels deep, which no meeting does.`);
    }
    // The engine quotes the offending text; keep the message on one short line.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 200);
    const failedAt = Number(/at position (\d+)/.exec(detail)?.[1] ?? NaN);
    // The parser gave up at the very end of the text: the rest of the file is missing.
    const truncated = /end of (JSON )?input|Unterminated/i.test(detail) || failedAt >= json.trimEnd().length;
    return fail('not-json', truncated
      ? 'The file is cut short (truncated): its end is missing, so it cannot be read.'
      : `The file is not valid JSON (${detail}).`);
  }
  if (!checkDepthAndDropPrototypeKeys(data)) {
    return fail('too-deep', `The file nests data more than ${MAX_NESTING_DEPTH} levels deep, which no meeting does.`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as { app?: unknown }).app !== APP_MARKER) {
    return fail('not-a-meeting', 'The file is JSON but not a Rapporteur meeting (it lacks the "app": "Rapporteur" marker).');
  }
  const header = data as { formatVersion?: unknown; minReaderVersion?: unknown };
  const formatVersion = typeof header.formatVersion === 'number' ? header.formatVersion : NaN;
  const minReaderVersion = typeof header.minReaderVersion === 'number' ? header.minReaderVersion : NaN;
  if (!Number.isInteger(formatVersion) || !Number.isInteger(minReaderVersion)) {
    return fail('wrong-shape', 'The file lacks a whole-number "formatVersion" and "minReaderVersion".');
  }
  if (minReaderVersion > FORMAT_VERSION) {
    return fail('too-new', `This meeting was saved in format ${formatVersion} and needs a Rapporteur that reads format ${minReaderVersion}; this one reads up to format ${FORMAT_VERSION}. Update Rapporteur to open it.`);
  }
  const newer = formatVersion > FORMAT_VERSION;
  const migrated = newer ? data : migrateMeetingData(data as Record<string, unknown>, formatVersion);
  const checked = newer
    ? envelopeSchema.extend({ meeting: meetingSchema.loose() }).safeParse(migrated)
    : envelopeSchema.safeParse({ ...(migrated as object), formatVersion: FORMAT_VERSION, minReaderVersion: MIN_READER_VERSION });
  if (!checked.success) {
    const issues = checked.error.issues.slice(0, 3).map(describeIssue).join('; ');
    return fail('wrong-shape', `The file is not a valid meeting: ${issues}.`);
  }
  // A newer file's meeting was checked loosely: check again what this version keeps of it.
  const meeting = newer ? meetingSchema.parse(stripUnknownMeetingKeys(checked.data.meeting)) : checked.data.meeting;
  if (newer) {
    return {
      ok: true, meeting, readOnly: true,
      notice: `This meeting was saved by a newer Rapporteur (format ${formatVersion}). It is open read-only so nothing it holds is lost; save a copy to edit it here.`,
    };
  }
  return formatVersion < FORMAT_VERSION
    ? { ok: true, meeting, readOnly: false, migratedFrom: formatVersion }
    : { ok: true, meeting, readOnly: false };
}

/** A newer file may carry top-level meeting fields this version does not know; show what it knows. */
function stripUnknownMeetingKeys(meeting: Record<string, unknown>): Record<string, unknown> {
  const known = Object.keys(meetingSchema.shape);
  return Object.fromEntries(Object.entries(meeting).filter(([key]) => known.includes(key)));
}

// Stands for the notes while the rest is indented; JSON.stringify escapes the NUL, and a string's escaped text
// never holds a raw line break, so this line (key, indent and all) can only be the one written here.
const NOTES_VALUE = '\u0000notes';
const NOTES_LINE = `\n    "notes": ${JSON.stringify(NOTES_VALUE)}`;

/**
 * The one way a meeting becomes file text: stable key order, two-space indent,
 * trailing newline, and the notes on one line. Indenting the notes' node tree
 * made a 20,000-word meeting 360 KB instead of 229 and every autosave several
 * milliseconds slower (writing, hashing and checking it), for text no one reads.
 * `notesParts`, joined, are `JSON.stringify(meeting.notes)` from a caller that
 * already holds them (an autosave assembles them from the blocks it kept); they
 * are not checked here.
 */
export function serializeMeetingFile(meeting: Meeting, notesParts?: readonly string[]): string {
  const envelope = { app: APP_MARKER, formatVersion: FORMAT_VERSION, minReaderVersion: MIN_READER_VERSION, meeting: { ...meeting, notes: NOTES_VALUE } };
  const text = JSON.stringify(envelope, null, 2);
  const at = text.indexOf(NOTES_LINE);
  if (at < 0) return [JSON.stringify({ ...envelope, meeting }, null, 2), '\n'].join('');
  const notesAt = at + NOTES_LINE.length - JSON.stringify(NOTES_VALUE).length;
  // join, not +: it gives one flat string, where concatenation gives a rope that main compares and hashes
  // several times per autosave (comparing a 230 KB rope took ~1 ms, a flat string ~0.02 ms).
  return [text.slice(0, notesAt), ...(notesParts ?? [JSON.stringify(meeting.notes)]), text.slice(at + NOTES_LINE.length), '\n'].join('');
}

export { MIGRATIONS };
