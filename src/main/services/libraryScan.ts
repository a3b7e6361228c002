import { randomInt } from 'node:crypto';
import { basename, join } from 'node:path';
import type { LibraryEntry } from '../../shared/series/contract';
import { libraryGroup, meetingSearchText, searchExcerpt, searchWords } from '../../shared/series/librarySearch';
import { FILE_EXTENSION } from '../../shared/meeting/fileFormat';
import type { Meeting } from '../../shared/meeting/schema';
import type { FileSystem } from './fileSystem';
import { readMeetingFile } from './meetingFiles';

/**
 * The meetings library: the .minutes files of a folder (and its subfolders, a
 * few levels down), read with the same validation as File › Open and kept in
 * memory by size and time, so typing a search does not reread the disk. Paths
 * stay here: the renderer gets an id per meeting.
 */
export interface LibraryListing {
  folderName: string;
  meetings: LibraryEntry[];
  unreadable: number;
  truncated: boolean;
}

export interface MeetingLibrary {
  list(folder: string, query: string): Promise<LibraryListing>;
  pathOf(entryId: string): string | undefined;
}

const MAX_FILES = 2000;
const MAX_DEPTH = 3;

interface CachedMeeting {
  size: number;
  mtimeMs: number;
  meeting: Meeting | undefined;
  searchText: string;
}

export function createMeetingLibrary(deps: { fs: FileSystem }): MeetingLibrary {
  const { fs } = deps;
  const cache = new Map<string, CachedMeeting>();
  const idsByPath = new Map<string, string>();
  const pathsById = new Map<string, string>();

  function idFor(path: string): string {
    let id = idsByPath.get(path);
    if (id === undefined) {
      id = `lib-${Array.from({ length: 16 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[randomInt(62)]).join('')}`;
      idsByPath.set(path, id);
      pathsById.set(id, path);
    }
    return id;
  }

  async function meetingFiles(folder: string, depth: number, found: string[]): Promise<void> {
    if (depth > MAX_DEPTH || found.length >= MAX_FILES) return;
    let names: string[];
    try {
      names = (await fs.readdir(folder)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (found.length >= MAX_FILES || name.startsWith('.')) continue;
      const path = join(folder, name);
      const stats = await fs.stat(path).catch(() => undefined);
      if (stats?.isDirectory()) await meetingFiles(path, depth + 1, found);
      else if (stats?.isFile() && name.toLowerCase().endsWith(FILE_EXTENSION)) found.push(path);
    }
  }

  async function read(path: string): Promise<CachedMeeting> {
    const stats = await fs.stat(path);
    const cached = cache.get(path);
    if (cached && cached.size === stats.size && cached.mtimeMs === stats.mtimeMs) return cached;
    const result = await readMeetingFile(fs, path);
    const meeting = result.ok ? result.meeting : undefined;
    const fresh = { size: stats.size, mtimeMs: stats.mtimeMs, meeting, searchText: meeting ? meetingSearchText(meeting) : '' };
    cache.set(path, fresh);
    return fresh;
  }

  return {
    async list(folder, query) {
      const paths: string[] = [];
      await meetingFiles(folder, 0, paths);
      const words = searchWords(query);
      const listing: LibraryListing = { folderName: folder, meetings: [], unreadable: 0, truncated: paths.length >= MAX_FILES };
      for (const path of paths) {
        const { meeting, searchText } = await read(path).catch(() => ({ meeting: undefined, searchText: '' }));
        if (!meeting) {
          listing.unreadable += 1;
          continue;
        }
        const excerpt = searchExcerpt(searchText, words);
        if (excerpt !== undefined) listing.meetings.push(entryOf(idFor(path), path, meeting, excerpt));
      }
      return listing;
    },
    pathOf: (entryId) => pathsById.get(entryId),
  };
}

function entryOf(entryId: string, path: string, meeting: Meeting, excerpt: string): LibraryEntry {
  const { metadata } = meeting;
  const group = libraryGroup(metadata);
  const entry: LibraryEntry = { entryId, fileName: basename(path), groupKey: group.key, groupLabel: group.label, excerpt };
  if (metadata.number !== undefined) entry.number = metadata.number;
  if (metadata.start) Object.assign(entry, { date: metadata.start.date, time: metadata.start.time, timeZone: metadata.start.timeZone });
  return entry;
}
