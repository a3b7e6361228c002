import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { FileSystem } from './fileSystem';
import type { RecoveryTarget } from './recoveryRecords';

/**
 * The key under which a meeting's recovery log and versions are kept: a hash of
 * the file's real path (case-folded where the platform ignores case, so
 * "A.minutes" and "a.minutes" share one history), or the draft's id.
 */
export interface MeetingKeys {
  keyOf(target: RecoveryTarget): Promise<string>;
  /** The spelling of `path` that identifies the file, for comparing two paths. */
  identityOf(path: string): Promise<string>;
}

const CASE_INSENSITIVE: ReadonlySet<NodeJS.Platform> = new Set(['darwin', 'win32']);

export function createMeetingKeys({ fs, platform }: { fs: FileSystem; platform: NodeJS.Platform }): MeetingKeys {
  async function identityOf(path: string): Promise<string> {
    let real = resolve(path);
    try {
      real = await fs.realpath(real);
    } catch {
      // A file that is not there (yet, or any more) is known by its own path.
    }
    return CASE_INSENSITIVE.has(platform) ? real.normalize('NFC').toLowerCase() : real;
  }
  return {
    identityOf,
    async keyOf(target) {
      if (target.kind === 'draft') return target.draftId;
      return `file-${createHash('sha256').update(await identityOf(target.path), 'utf8').digest('hex').slice(0, 32)}`;
    },
  };
}
