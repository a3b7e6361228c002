import { join } from 'node:path';
import { VERSION_ID_PATTERN, type VersionInfo } from '../../shared/autosave/contract';
import { errorCode, type FileSystem } from './fileSystem';
import { RECOVERY_KEY_PATTERN } from './recoveryStore';
import { sha256Text } from './recoveryRecords';
import { writeFileVerified } from './safeWrite';
import { versionsToPrune } from './versionRetention';

/**
 * Snapshots of each meeting in the app's data folder (never next to the user's
 * file), one folder per meeting keyed by the file's identity (or the draft id).
 * A snapshot's name carries its time, why it was taken, its word count and a
 * content hash, so listing them never has to read them.
 */
export interface VersionStore {
  /** Keeps `text` as a version unless it is the same as the newest one; then applies the retention rule. */
  take(key: string, snapshot: { text: string; reason: string; words: number }): Promise<VersionInfo | undefined>;
  /** Newest first. */
  list(key: string): Promise<VersionInfo[]>;
  read(key: string, versionId: string): Promise<string>;
  /** After Save As a draft's versions belong to the file it became. */
  moveAll(fromKey: string, toKey: string): Promise<void>;
}

const EXTENSION = '.minutes';
const NAME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z-]+)-(\d+)w-([0-9a-f]{12})$/;

function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export function parseVersionId(versionId: string): (VersionInfo & { sha12: string; atMs: number }) | undefined {
  const match = NAME.exec(versionId);
  if (!match || !VERSION_ID_PATTERN.test(versionId)) return undefined;
  const [, y, mo, d, h, mi, s, ms, reason, words, sha12] = match;
  const atMs = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms));
  return { versionId, at: new Date(atMs).toISOString(), atMs, reason: reason!, words: Number(words), sha12: sha12! };
}

function checkKey(key: string): void {
  if (!RECOVERY_KEY_PATTERN.test(key)) throw new Error(`Not a meeting key: "${key.slice(0, 60)}".`);
}

export function createVersionStore(deps: { fs: FileSystem; folder: string; clock: () => Date }): VersionStore {
  const { fs } = deps;
  const folderOf = (key: string) => {
    checkKey(key);
    return join(deps.folder, key);
  };

  async function listDetailed(key: string) {
    let names: string[];
    try {
      names = await fs.readdir(folderOf(key));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
    return names.filter((name) => name.endsWith(EXTENSION))
      .map((name) => parseVersionId(name.slice(0, -EXTENSION.length)))
      .filter((version) => version !== undefined)
      .sort((a, b) => b.atMs - a.atMs);
  }

  async function prune(key: string): Promise<void> {
    const all = await listDetailed(key);
    for (const id of versionsToPrune(all.map((v) => ({ id: v.versionId, atMs: v.atMs })), deps.clock().getTime())) {
      await fs.unlink(join(folderOf(key), `${id}${EXTENSION}`)).catch(() => undefined);
    }
  }

  return {
    async take(key, { text, reason, words }) {
      const sha12 = sha256Text(text).slice(0, 12);
      const newest = (await listDetailed(key))[0];
      if (newest?.sha12 === sha12) return undefined;
      let at = deps.clock();
      // Two snapshots in the same millisecond (close right after an import) must not share a name.
      if (newest && at.getTime() <= newest.atMs) at = new Date(newest.atMs + 1);
      const versionId = `${stampOf(at)}-${reason}-${Math.max(0, Math.floor(words))}w-${sha12}`;
      await fs.mkdir(folderOf(key), { recursive: true });
      await writeFileVerified(fs, join(folderOf(key), `${versionId}${EXTENSION}`), text, { reassurance: 'the notes are still open' });
      await prune(key);
      return { versionId, at: at.toISOString(), reason, words };
    },
    async list(key) {
      return (await listDetailed(key)).map(({ versionId, at, reason, words }) => ({ versionId, at, reason, words }));
    },
    async read(key, versionId) {
      if (!parseVersionId(versionId)) throw new Error('That version does not exist.');
      const bytes = await fs.readFile(join(folderOf(key), `${versionId}${EXTENSION}`));
      return Buffer.from(bytes).toString('utf8');
    },
    async moveAll(fromKey, toKey) {
      const versions = await listDetailed(fromKey);
      if (versions.length === 0) return;
      await fs.mkdir(folderOf(toKey), { recursive: true });
      for (const { versionId } of versions) {
        await fs.rename(join(folderOf(fromKey), `${versionId}${EXTENSION}`), join(folderOf(toKey), `${versionId}${EXTENSION}`));
      }
      await prune(toKey);
    },
  };
}
