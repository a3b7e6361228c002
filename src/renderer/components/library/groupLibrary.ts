import type { LibraryEntry } from '../../../shared/series/contract';

export interface LibraryGroup {
  key: string;
  label: string;
  meetings: LibraryEntry[];
}

/** Meetings by group and series (groups by name), each group newest first: by number, then by date. */
export function groupLibrary(entries: readonly LibraryEntry[]): LibraryGroup[] {
  const groups = new Map<string, LibraryGroup>();
  for (const entry of entries) {
    const group = groups.get(entry.groupKey) ?? { key: entry.groupKey, label: entry.groupLabel, meetings: [] };
    group.meetings.push(entry);
    groups.set(entry.groupKey, group);
  }
  const newestFirst = (a: LibraryEntry, b: LibraryEntry) => (b.number ?? -1) - (a.number ?? -1) || (b.date ?? '').localeCompare(a.date ?? '');
  return [...groups.values()].map((group) => ({ ...group, meetings: group.meetings.sort(newestFirst) })).sort((a, b) => a.label.localeCompare(b.label));
}
