import { createHash } from 'node:crypto';
import { errorCode, type FileStats, type FileSystem } from './fileSystem';

/**
 * What the app remembers about a file it read or wrote, so that before the next
 * write it can tell whether someone else changed the file in the meantime
 * (another program, a sync client, a colleague on a shared drive).
 */
export interface FileFingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function fingerprintOf(bytes: Uint8Array, stats: Pick<FileStats, 'mtimeMs'>): FileFingerprint {
  return { size: bytes.length, mtimeMs: stats.mtimeMs, sha256: sha256Of(bytes) };
}

export type DiskChange = 'unchanged' | 'changed' | 'deleted';

/**
 * Compares the file on disk with what the app last saw. Size and mtime are checked
 * first because they are cheap; when they differ the content hash decides, so a
 * file that was merely touched (or copied back unchanged) does not count as changed.
 */
export async function checkDiskChange(fs: FileSystem, path: string, known: FileFingerprint): Promise<DiskChange> {
  let stats: FileStats;
  try {
    stats = await fs.stat(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return 'deleted';
    throw error;
  }
  if (stats.size === known.size && stats.mtimeMs === known.mtimeMs) return 'unchanged';
  if (stats.size !== known.size) return 'changed';
  return sha256Of(await fs.readFile(path)) === known.sha256 ? 'unchanged' : 'changed';
}
