import { randomInt } from 'node:crypto';
import { basename, dirname, resolve } from 'node:path';
import { errorCode, type FileSystem } from './fileSystem';
import { MAX_RECENT_FILES, type Preferences } from './preferences';

/** What the renderer sees of a recent file: a token, never the path itself. */
export interface RecentFileEntry {
  id: string;
  fileName: string;
  folder: string;
}

export interface RecentFiles {
  /** Puts `path` first; the list is kept deduplicated and at most 10 long. */
  add(path: string): void;
  /** The recent files that still exist, most recent first. */
  list(): Promise<RecentFileEntry[]>;
  /** The path behind an id from list(), if it is still in the list. */
  resolve(id: string): string | undefined;
}

export interface RecentFilesDeps {
  preferences: Preferences;
  fs: FileSystem;
  /** On macOS and Windows "A.minutes" and "a.minutes" are one file, listed once. */
  platform?: NodeJS.Platform;
  /** Where a failure to persist the list goes; the in-memory list is updated anyway. */
  warn?: (message: string, error: unknown) => void;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function newId(): string {
  let random = '';
  for (let i = 0; i < 16; i += 1) random += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return `recent-${random}`;
}

export function createRecentFiles(deps: RecentFilesDeps): RecentFiles {
  const { preferences, fs } = deps;
  const warn = deps.warn ?? ((message, error) => console.warn(message, error));
  const caseInsensitive = deps.platform === 'darwin' || deps.platform === 'win32';
  const keyOf = (path: string) => (caseInsensitive ? path.normalize('NFC').toLowerCase() : path);
  // Ids live only as long as this process, so a path is never exposed or persisted as an id.
  const idsByKey = new Map<string, string>();
  const keysById = new Map<string, string>();

  function idFor(path: string): string {
    const key = keyOf(path);
    let id = idsByKey.get(key);
    if (id === undefined) {
      id = newId();
      idsByKey.set(key, id);
      keysById.set(id, key);
    }
    return id;
  }

  /** Missing or folder-only entries are hidden, not forgotten: a USB stick or share may come back. */
  async function stillThere(path: string): Promise<boolean> {
    try {
      return !(await fs.stat(path)).isDirectory();
    } catch (error) {
      const code = errorCode(error);
      // Anything else (e.g. no permission) is for the open to explain.
      return code !== 'ENOENT' && code !== 'ENOTDIR';
    }
  }

  return {
    add(path) {
      const absolute = resolve(path);
      const key = keyOf(absolute);
      const others = preferences.get('recentFiles').filter((entry) => keyOf(entry) !== key);
      try {
        preferences.set('recentFiles', [absolute, ...others].slice(0, MAX_RECENT_FILES));
      } catch (error) {
        warn('The recent files list could not be saved.', error);
      }
    },
    async list() {
      const paths = preferences.get('recentFiles');
      const present = await Promise.all(paths.map(stillThere));
      return paths
        .filter((_, index) => present[index])
        .map((path) => ({ id: idFor(path), fileName: basename(path), folder: dirname(path) }));
    },
    resolve(id) {
      const key = keysById.get(id);
      if (key === undefined) return undefined;
      return preferences.get('recentFiles').find((path) => keyOf(path) === key);
    },
  };
}
