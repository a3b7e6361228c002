import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../../src/main/services/fileSystem';
import { createMeetingLibrary } from '../../../../src/main/services/libraryScan';
import { serializeMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { createNextMeeting } from '../../../../src/shared/series/nextMeeting';
import { FIXTURE_PATH, loadFixtureMeeting } from '../../shared/report/support/fixture';
import { makeTempFolder, removeFolder } from './helpers/tempFolder';

let folder: string;
beforeEach(async () => {
  folder = await makeTempFolder();
  await copyFile(FIXTURE_PATH, join(folder, 'wg-strategy-60.minutes'));
  await mkdir(join(folder, '2023', '.hidden'), { recursive: true });
  await writeFile(join(folder, '2023', 'wg-strategy-61.minutes'), serializeMeetingFile(createNextMeeting(loadFixtureMeeting(), { agenda: 'previous' })));
  await writeFile(join(folder, '2023', '.hidden', 'secret.minutes'), serializeMeetingFile(loadFixtureMeeting()));
  await writeFile(join(folder, 'broken.minutes'), '{"app":"Rapporteur"');
  await writeFile(join(folder, 'notes.txt'), 'not a meeting');
});
afterEach(() => removeFolder(folder));

describe('the meetings library', () => {
  it('lists the meetings of a folder and its subfolders, with group, number and date, and counts what it cannot read', async () => {
    const library = createMeetingLibrary({ fs: nodeFileSystem });
    const listing = await library.list(folder, '');
    expect(listing.unreadable).toBe(1);
    expect(listing.truncated).toBe(false);
    expect(listing.meetings.map((entry) => [entry.fileName, entry.groupLabel, entry.number, entry.date, entry.time, entry.timeZone, entry.excerpt])).toEqual([
      ['wg-strategy-61.minutes', 'WG-Strategy — Online Meeting', 61, '2023-08-10', '14:00', 'UTC', ''],
      ['wg-strategy-60.minutes', 'WG-Strategy — Online Meeting', 60, '2023-07-20', '14:00', 'UTC', ''],
    ]);
    expect(library.pathOf(listing.meetings[1]!.entryId)).toBe(join(folder, 'wg-strategy-60.minutes'));
    expect(library.pathOf('lib-unknown000000')).toBeUndefined();
  });

  it('finds the meetings holding every word, with an excerpt, and keeps the same id for a meeting', async () => {
    const library = createMeetingLibrary({ fs: nodeFileSystem });
    const all = await library.list(folder, '');
    const found = await library.list(folder, 'Kyoto  PROGRAM');
    expect(found.meetings.map((entry) => entry.fileName)).toEqual(['wg-strategy-60.minutes']);
    expect(found.meetings[0]!.excerpt).toMatch(/shaping the Kyoto program/);
    expect(found.meetings[0]!.entryId).toBe(all.meetings[1]!.entryId);
    expect((await library.list(folder, 'Online Meeting Anja')).meetings).toHaveLength(2);
  });

  it('rereads a file only when it changed', async () => {
    let reads = 0;
    const library = createMeetingLibrary({ fs: { ...nodeFileSystem, readFile: (path) => { reads += 1; return nodeFileSystem.readFile(path); } } });
    await library.list(folder, '');
    const first = reads;
    await library.list(folder, 'kyoto');
    expect(reads).toBe(first);
    await writeFile(join(folder, 'broken.minutes'), serializeMeetingFile(loadFixtureMeeting()));
    expect((await library.list(folder, '')).meetings).toHaveLength(3);
    expect(reads).toBe(first + 1);
  });
});
