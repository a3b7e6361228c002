import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { fingerprintOf, type FileFingerprint } from './fileFingerprint';
import { errorCode, type FileSystem, type WritableFileHandle } from './fileSystem';
import { NOTES_ARE_SAFE, SaveError, saveErrorMessage, toSaveError } from './saveError';

export { NOTES_ARE_SAFE, SaveError, type SaveErrorCode } from './saveError';

export interface WriteFileVerifiedOptions {
  /**
   * Where to keep the bytes the target held before this write (written verified
   * too). Point it into the app's data folder, never next to the user's file.
   * Its folder is created if missing, since that folder belongs to the app.
   */
  keepPreviousAt?: string;
  /** Total rename attempts while Windows antivirus or indexers hold the file (default 6). */
  renameAttempts?: number;
  /** First pause between rename attempts; it doubles each time (default 15 ms, 465 ms in all). */
  renameRetryDelayMs?: number;
  /** Injected so tests need not wait; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Ends every error message; see NOTES_ARE_SAFE. */
  reassurance?: string;
  /** The SHA-256 (hex) of exactly these bytes, when the caller has it already: spares hashing them again. */
  sha256?: string;
}

export interface WrittenFile extends FileFingerprint {
  /** The real path written: a symlinked target is followed, not replaced by a regular file. */
  path: string;
  previousKeptAt?: string;
}

/** Renames that fail with these are usually another program briefly holding the file. */
const RETRYABLE_RENAME_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Platforms (Windows) or file systems that cannot open or fsync a folder say so with these. */
const FOLDER_SYNC_UNSUPPORTED_CODES = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EACCES', 'ENOTSUP', 'EBADF']);
/** Keeps "." + name + "." + 12 hex + ".tmp" under the usual 255-byte file name limit. */
const MAX_NAME_IN_TEMP = 200;

const defaultSleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

function ioError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * THE one way the app replaces a file on disk. A temp file next to the target is
 * written in full and fsynced, renamed over the target, the folder is fsynced and
 * the target is read back and compared. On any failure the temp file is removed,
 * the target keeps its previous bytes (restored if the failure came after the
 * rename) and a SaveError with a code and a sentence for the user is thrown.
 *
 * Callers must not run two writes to the same target at once (queue them): each
 * would verify against the other's rename.
 */
export async function writeFileVerified(
  fs: FileSystem,
  targetPath: string,
  data: Uint8Array | string,
  options: WriteFileVerifiedOptions = {},
): Promise<WrittenFile> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const reassurance = options.reassurance ?? NOTES_ARE_SAFE;
  let target = resolve(targetPath);
  try {
    target = await resolveTarget(fs, target);
    const previous = await readPrevious(fs, target);
    const previousKeptAt = previous && options.keepPreviousAt !== undefined
      ? await keepPrevious(fs, previous.bytes, options.keepPreviousAt, options)
      : undefined;
    await writeTempAndRename(fs, target, bytes, previous?.mode, options);
    try {
      await syncFolder(fs, dirname(target));
      await verifyContent(fs, target, bytes, reassurance);
    } catch (error) {
      await rollBack(fs, target, previous, options);
      throw error;
    }
    const stats = await fs.stat(target);
    const fingerprint = options.sha256 === undefined ? fingerprintOf(bytes, stats) : { size: bytes.length, mtimeMs: stats.mtimeMs, sha256: options.sha256 };
    return { path: target, ...fingerprint, ...(previousKeptAt ? { previousKeptAt } : {}) };
  } catch (error) {
    throw toSaveError(error, target, reassurance);
  }
}

/** Follows symlinks so that saving through a link updates the real file instead of replacing the link. */
async function resolveTarget(fs: FileSystem, target: string): Promise<string> {
  try {
    return await fs.realpath(target);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  // A new file: resolve its folder (failing with ENOENT if that is gone too).
  return join(await fs.realpath(dirname(target)), basename(target));
}

interface PreviousFile {
  bytes: Uint8Array;
  mode: number;
}

/** The bytes to keep and, if a later step fails, to put back. */
async function readPrevious(fs: FileSystem, target: string): Promise<PreviousFile | undefined> {
  let stats;
  try {
    stats = await fs.stat(target);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  if (stats.isDirectory()) throw ioError('EISDIR', 'there is a folder with that name');
  if (!stats.isFile()) throw ioError('EINVAL', 'it is not a regular file');
  // Renaming over a file would silently defeat its read-only mark on POSIX (Windows refuses anyway).
  if ((stats.mode & 0o200) === 0) throw ioError('EACCES', 'the file is marked read-only');
  return { bytes: await fs.readFile(target), mode: stats.mode & 0o777 };
}

async function keepPrevious(fs: FileSystem, bytes: Uint8Array, keepAt: string, options: WriteFileVerifiedOptions): Promise<string> {
  await fs.mkdir(dirname(resolve(keepAt)), { recursive: true });
  const kept = await writeFileVerified(fs, keepAt, bytes, { ...options, keepPreviousAt: undefined, sha256: undefined });
  return kept.path;
}

/** Whether a folder entry is the temporary file of a write in progress (or one a crash left behind). */
export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

function tempPathFor(target: string): string {
  const name = basename(target).slice(0, MAX_NAME_IN_TEMP);
  return join(dirname(target), `.${name}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Until the rename, the target is untouched; any failure only has to remove the temp file. */
async function writeTempAndRename(
  fs: FileSystem, target: string, bytes: Uint8Array, mode: number | undefined, options: WriteFileVerifiedOptions,
): Promise<void> {
  const tempPath = tempPathFor(target);
  try {
    await writeAndSync(fs, tempPath, bytes, mode ?? 0o666);
    await renameWithRetry(fs, tempPath, target, options);
  } catch (error) {
    await removeQuietly(fs, tempPath);
    throw error;
  }
}

async function writeAndSync(fs: FileSystem, path: string, bytes: Uint8Array, mode: number): Promise<void> {
  // 'wx': never reuse a file that happens to exist under the temp name.
  const handle = await fs.open(path, 'wx', mode);
  let failure: { error: unknown } | undefined;
  try {
    await writeAll(handle, bytes);
    await handle.sync();
  } catch (error) {
    failure = { error };
  }
  try {
    // close can be where a network file system reports a failed write, so it counts.
    await handle.close();
  } catch (error) {
    failure ??= { error };
  }
  if (failure) throw failure.error;
}

/** A write may store fewer bytes than asked (full disk, signals, network shares): loop until all are written. */
async function writeAll(handle: WritableFileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const remaining = bytes.length - offset;
    const { bytesWritten } = await handle.write(bytes, offset, remaining, offset);
    if (!Number.isInteger(bytesWritten) || bytesWritten <= 0 || bytesWritten > remaining) {
      // No progress would loop forever; treat it as the failure it is.
      throw ioError('EIO', `the disk stopped accepting data after ${offset} of ${bytes.length} bytes`);
    }
    offset += bytesWritten;
  }
}

async function renameWithRetry(fs: FileSystem, from: string, to: string, options: WriteFileVerifiedOptions): Promise<void> {
  const attempts = Math.max(1, options.renameAttempts ?? 6);
  const sleep = options.sleep ?? defaultSleep;
  let delay = options.renameRetryDelayMs ?? 15;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (attempt >= attempts || !RETRYABLE_RENAME_CODES.has(errorCode(error) ?? '')) throw error;
      await sleep(delay);
      delay *= 2;
    }
  }
}

/** Makes the rename itself durable; skipped where the platform cannot fsync a folder. */
async function syncFolder(fs: FileSystem, folder: string): Promise<void> {
  let handle: WritableFileHandle;
  try {
    handle = await fs.open(folder, 'r');
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED_CODES.has(errorCode(error) ?? '')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED_CODES.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function verifyContent(fs: FileSystem, target: string, expected: Uint8Array, reassurance: string): Promise<void> {
  const actual = await fs.readFile(target);
  if (Buffer.compare(actual, expected) !== 0) {
    throw new SaveError('verify-failed', saveErrorMessage('verify-failed', target, '', reassurance), target);
  }
}

/**
 * The new bytes are in place but could not be confirmed: put the previous bytes
 * back (or remove a file this write created) so a failed save changes nothing.
 * Best effort: the original failure is what the caller hears about.
 */
async function rollBack(fs: FileSystem, target: string, previous: PreviousFile | undefined, options: WriteFileVerifiedOptions): Promise<void> {
  try {
    if (previous) {
      await writeTempAndRename(fs, target, previous.bytes, previous.mode, options);
      await syncFolder(fs, dirname(target));
    } else {
      await fs.unlink(target);
    }
  } catch {
    // Nothing more can be done here; the notes are still in memory.
  }
}

async function removeQuietly(fs: FileSystem, path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch {
    // Already gone, or never created because open failed.
  }
}
