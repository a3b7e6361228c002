import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import type { FileSystem } from './fileSystem';

/** An opaque reference to an open file: the renderer holds these, never paths. */
export type DocumentHandle = string;

export const DOCUMENT_HANDLE_PATTERN = /^doc-[A-Za-z0-9]{8,40}$/;
const HANDLE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HANDLE_RANDOM_LENGTH = 24;

export function isDocumentHandle(value: unknown): value is DocumentHandle {
  return typeof value === 'string' && DOCUMENT_HANDLE_PATTERN.test(value);
}

export class UnknownDocumentError extends Error {
  override readonly name = 'UnknownDocumentError';

  constructor(handle: string) {
    super(`No open document has the handle "${handle.slice(0, 50)}": it was closed, or it never existed.`);
  }
}

export interface DocumentRegistry {
  /** Records an open file and returns a new handle for it. Call findOpen first to avoid opening a file twice. */
  register(path: string): DocumentHandle;
  /** Throws UnknownDocumentError for a handle that is not (or no longer) registered. */
  pathOf(handle: DocumentHandle): string;
  /** The handle of an open document that is the same file as `path`, however that path spells it. */
  findOpen(path: string): Promise<DocumentHandle | undefined>;
  /** Forgets a closed document; false if the handle was unknown. */
  release(handle: DocumentHandle): boolean;
  /** After Save As the same document lives at a new path; the handle stays. */
  rename(handle: DocumentHandle, newPath: string): void;
}

export interface DocumentRegistryDeps {
  fs: FileSystem;
  /** Decides whether paths differing only in letter case are the same file. */
  platform: NodeJS.Platform;
}

/** The default file systems of macOS (APFS, HFS+) and Windows (NTFS) ignore letter case. */
const CASE_INSENSITIVE_PLATFORMS: ReadonlySet<NodeJS.Platform> = new Set(['darwin', 'win32']);

interface FileIdentity {
  /** The real path, case-folded where the platform ignores case. */
  pathKey: string;
  /** device:inode, which also catches hard links and case-insensitive volumes mounted on Linux. */
  inodeKey?: string;
}

function newHandle(): DocumentHandle {
  let random = '';
  for (let i = 0; i < HANDLE_RANDOM_LENGTH; i += 1) random += HANDLE_ALPHABET[randomInt(HANDLE_ALPHABET.length)];
  return `doc-${random}`;
}

export function createDocumentRegistry({ fs, platform }: DocumentRegistryDeps): DocumentRegistry {
  const pathsByHandle = new Map<DocumentHandle, string>();
  const caseInsensitive = CASE_INSENSITIVE_PLATFORMS.has(platform);
  // Windows reports 64-bit file ids as lossy doubles (and 0 on some volumes): too weak to call two files the same.
  const trustInodes = platform !== 'win32';

  /**
   * Worked out at lookup time, not at registration: every verified save renames a
   * new file into place, so a remembered inode would be stale after the first save.
   */
  async function identify(path: string): Promise<FileIdentity> {
    let real = path;
    try {
      real = await fs.realpath(path);
    } catch {
      // Not on disk (yet, or any more): its own absolute path is the best identity left.
    }
    const pathKey = caseInsensitive ? real.normalize('NFC').toLowerCase() : real;
    if (!trustInodes) return { pathKey };
    try {
      const stats = await fs.stat(real);
      return stats.ino > 0 ? { pathKey, inodeKey: `${stats.dev}:${stats.ino}` } : { pathKey };
    } catch {
      return { pathKey };
    }
  }

  const sameFile = (a: FileIdentity, b: FileIdentity) =>
    a.pathKey === b.pathKey || (a.inodeKey !== undefined && a.inodeKey === b.inodeKey);

  function requirePath(handle: DocumentHandle): string {
    const path = pathsByHandle.get(handle);
    if (path === undefined) throw new UnknownDocumentError(handle);
    return path;
  }

  return {
    register(path) {
      let handle = newHandle();
      while (pathsByHandle.has(handle)) handle = newHandle();
      pathsByHandle.set(handle, resolve(path));
      return handle;
    },
    pathOf: requirePath,
    async findOpen(path) {
      const wanted = await identify(resolve(path));
      for (const [handle, openPath] of pathsByHandle) {
        if (sameFile(wanted, await identify(openPath))) return handle;
      }
      return undefined;
    },
    release(handle) {
      return pathsByHandle.delete(handle);
    },
    rename(handle, newPath) {
      requirePath(handle);
      pathsByHandle.set(handle, resolve(newPath));
    },
  };
}
