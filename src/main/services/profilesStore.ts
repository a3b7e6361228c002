import { basename, dirname, join } from 'node:path';
import { MAX_PROFILE_BYTES, parseProfileFile, PROFILE_FILE_EXTENSION, serializeProfileFile } from '../../shared/profiles/profileFile';
import { summarizeProfile, type GroupProfile, type ProfileSummary } from '../../shared/profiles/schema';
import { errorCode, type FileSystem } from './fileSystem';
import { createKeyedQueue } from './keyedQueue';
import { SaveError } from './saveError';
import { writeFileVerified } from './safeWrite';

/**
 * Group profiles: user work, one file each in the app's data folder, written
 * with the verified write and read back through the same validation as an
 * imported profile. A deleted profile is moved aside, not destroyed.
 */
export interface ProfileStore {
  list(): Promise<{ profiles: ProfileSummary[]; problems: string[] }>;
  get(id: string): Promise<GroupProfile | undefined>;
  save(profile: GroupProfile): Promise<ProfileSummary>;
  remove(id: string): Promise<void>;
  /** Writes the profile as a file to share; returns the file's name. */
  exportTo(id: string, path: string): Promise<string>;
  /** Reads a shared profile file and keeps it; a profile with the same id is replaced. */
  importFrom(path: string): Promise<{ summary: ProfileSummary; replaced: boolean }>;
}

/** Profile files say what is wrong in sentences; this carries one to the handler. */
export class ProfileFileError extends Error {
  override readonly name = 'ProfileFileError';
}

const PROFILES_ARE_SAFE = 'the profile is unchanged';
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function createProfileStore(deps: { fs: FileSystem; folder: string }): ProfileStore {
  const { fs, folder } = deps;
  const queue = createKeyedQueue();
  const pathOf = (id: string) => join(folder, `${id}${PROFILE_FILE_EXTENSION}`);

  async function readProfile(path: string): Promise<GroupProfile> {
    const stats = await fs.stat(path);
    if (!stats.isFile()) throw new ProfileFileError(`"${basename(path)}" is not a file.`);
    if (stats.size > MAX_PROFILE_BYTES) throw new ProfileFileError(`"${basename(path)}" is too large to be a group profile.`);
    let text: string;
    try {
      text = utf8.decode(await fs.readFile(path));
    } catch {
      throw new ProfileFileError(`"${basename(path)}" holds binary data, not a group profile.`);
    }
    const parsed = parseProfileFile(text, stats.size);
    if (!parsed.ok) throw new ProfileFileError(`"${basename(path)}": ${parsed.message}`);
    return parsed.profile;
  }

  async function write(path: string, profile: GroupProfile): Promise<void> {
    await fs.mkdir(dirname(path), { recursive: true });
    await queue.run(path, () => writeFileVerified(fs, path, serializeProfileFile(profile), { reassurance: PROFILES_ARE_SAFE }));
  }

  async function profileFiles(): Promise<string[]> {
    try {
      return (await fs.readdir(folder)).filter((name) => name.endsWith(PROFILE_FILE_EXTENSION)).sort();
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw error;
    }
  }

  return {
    async list() {
      const profiles: ProfileSummary[] = [];
      const problems: string[] = [];
      for (const name of await profileFiles()) {
        try {
          profiles.push(summarizeProfile(await readProfile(join(folder, name))));
        } catch (error) {
          problems.push(error instanceof Error ? error.message : String(error));
        }
      }
      return { profiles, problems };
    },
    async get(id) {
      try {
        return await readProfile(pathOf(id));
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return undefined;
        throw error;
      }
    },
    async save(profile) {
      await write(pathOf(profile.id), profile);
      return summarizeProfile(profile);
    },
    async remove(id) {
      const removed = join(folder, 'removed');
      await fs.mkdir(removed, { recursive: true });
      await fs.rename(pathOf(id), join(removed, `${id}-${Date.now()}${PROFILE_FILE_EXTENSION}`));
    },
    async exportTo(id, path) {
      const profile = await readProfile(pathOf(id));
      await queue.run(path, () => writeFileVerified(fs, path, serializeProfileFile(profile), { reassurance: PROFILES_ARE_SAFE }));
      return basename(path);
    },
    async importFrom(path) {
      const profile = await readProfile(path);
      const replaced = (await profileFiles()).includes(basename(pathOf(profile.id)));
      await write(pathOf(profile.id), profile);
      return { summary: summarizeProfile(profile), replaced };
    },
  };
}

/** A sentence for the user from whatever a profile operation threw. */
export function profileErrorMessage(error: unknown): string {
  if (error instanceof ProfileFileError || error instanceof SaveError) return error.message;
  if (errorCode(error) === 'ENOENT') return 'That group profile is no longer there: it was removed or moved.';
  return `The group profile could not be used (${error instanceof Error ? error.message : String(error)}).`;
}
