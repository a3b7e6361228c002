import { basename, dirname, resolve } from 'node:path';
import {
  MAX_FILE_BYTES, parseMeetingFile, serializeMeetingFile,
  type MeetingFileErrorCode, type ParsedMeetingFile,
} from '../../shared/meeting/fileFormat';
import type { Meeting } from '../../shared/meeting/schema';
import { fingerprintOf, type FileFingerprint } from './fileFingerprint';
import { errorCode, type FileStats, type FileSystem } from './fileSystem';
import { sha256Text } from './recoveryRecords';
import { NOTES_ARE_SAFE, SaveError, saveErrorMessage } from './saveError';
import { writeFileVerified, type WriteFileVerifiedOptions, type WrittenFile } from './safeWrite';

export type MeetingFileReadErrorCode =
  | MeetingFileErrorCode | 'not-found' | 'is-folder' | 'permission-denied' | 'unreadable';

export type MeetingFileReadError = { code: MeetingFileReadErrorCode; message: string };

export type OpenedMeetingFile = Extract<ParsedMeetingFile, { ok: true }> & {
  /** The absolute path that was read. */
  path: string;
  /** What was on disk, to notice an outside change before the next save. */
  fingerprint: FileFingerprint;
};

export type ReadMeetingFileResult = OpenedMeetingFile | { ok: false; error: MeetingFileReadError };

const quoted = (path: string) => `"${basename(path)}"`;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const fail = (code: MeetingFileReadErrorCode, message: string): ReadMeetingFileResult => ({ ok: false, error: { code, message } });

function fileError(error: unknown, path: string): ReadMeetingFileResult {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return fail('not-found', `${quoted(path)} was not found in ${dirname(path)}: it may have been moved, renamed or deleted.`);
    case 'EISDIR':
      return fail('is-folder', `${quoted(path)} is a folder, not a meeting file.`);
    case 'EACCES':
    case 'EPERM':
      return fail('permission-denied', `You do not have permission to read ${quoted(path)}: ask its owner for access or open a copy.`);
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return fail('unreadable', `${quoted(path)} could not be read (${detail}).`);
    }
  }
}

/** Strict UTF-8: a stray invalid byte means this is not a text file we wrote. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Opens a .minutes file. Only reads: whatever is wrong with the file (missing,
 * truncated, binary, from a newer Rapporteur) comes back as an error naming the
 * file, and the file on disk is never modified, not even its mtime.
 */
export async function readMeetingFile(fs: FileSystem, filePath: string): Promise<ReadMeetingFileResult> {
  const path = resolve(filePath);
  let stats: FileStats;
  try {
    stats = await fs.stat(path);
  } catch (error) {
    return fileError(error, path);
  }
  if (stats.isDirectory()) return fileError(Object.assign(new Error('folder'), { code: 'EISDIR' }), path);
  // A FIFO or device would block or stream forever: only regular files are read.
  if (!stats.isFile()) return fail('unreadable', `${quoted(path)} is not a regular file, so it cannot be a meeting.`);
  // Checked before reading so a huge file is never loaded into memory.
  if (stats.size > MAX_FILE_BYTES) return tooLarge(path, stats.size);

  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    return fileError(error, path);
  }
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(path, bytes.length);

  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail('binary', `${quoted(path)} holds binary data, not a Rapporteur meeting (is it another kind of file?).`);
  }
  const parsed = parseMeetingFile(text, bytes.length);
  if (!parsed.ok) return fail(parsed.error.code, `Cannot open ${quoted(path)}: ${lowerFirst(parsed.error.message)}`);
  return { ...parsed, path, fingerprint: fingerprintOf(bytes, stats) };
}

function tooLarge(path: string, size: number): ReadMeetingFileResult {
  const mb = (n: number) => Math.round(n / 1048576);
  return fail('too-large', `${quoted(path)} is ${mb(size)} MB, more than the ${mb(MAX_FILE_BYTES)} MB a meeting file can be.`);
}

/**
 * Saves a meeting with the verified write. The text is parsed back first: a file
 * this app could not reopen is refused before anything on disk is touched.
 */
export async function saveMeetingFile(
  fs: FileSystem, filePath: string, meeting: Meeting, options: WriteFileVerifiedOptions = {},
): Promise<WrittenFile> {
  return saveMeetingText(fs, filePath, serializeMeetingFile(meeting), options);
}

/**
 * `saveMeetingFile` for a caller that already holds the meeting as `serializeMeetingFile` wrote it
 * (an autosave serialises once for the recovery log and the file).
 */
export async function saveMeetingText(
  fs: FileSystem, filePath: string, text: string, options: WriteFileVerifiedOptions = {},
): Promise<WrittenFile> {
  const bytes = Buffer.from(text, 'utf8');
  const check = parseMeetingFile(text, bytes.length);
  if (!check.ok || check.readOnly) {
    const reason = check.ok ? 'it would reopen read-only' : lowerFirst(check.error.message).replace(/\.$/, '');
    const path = resolve(filePath);
    const detail = `it would not reopen (${reason}); please report this`;
    throw new SaveError('invalid-content', saveErrorMessage('invalid-content', path, detail, options.reassurance ?? NOTES_ARE_SAFE), path);
  }
  return writeFileVerified(fs, filePath, bytes, { ...options, sha256: sha256Text(text) });
}
