import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../../src/main/services/fileSystem';
import { createMemoryPreferences, type Preferences } from '../../../../src/main/services/preferences';
import { createRecentFiles } from '../../../../src/main/services/recentFiles';
import { recentFileSchema } from '../../../../src/shared/bridge/contract';
import { makeTempFolder, removeFolder } from './helpers/tempFolder';

let folder: string;
let preferences: Preferences;
beforeEach(async () => {
  folder = await makeTempFolder();
  preferences = createMemoryPreferences();
});
afterEach(() => removeFolder(folder));

async function meetingFile(name: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, 'minutes');
  return path;
}

describe('recent files', () => {
  it('lists the most recent first, once each, at most 10, as the bridge expects them', async () => {
    const recent = createRecentFiles({ preferences, fs: nodeFileSystem });
    const paths = await Promise.all(Array.from({ length: 12 }, (_, i) => meetingFile(`m${i}.minutes`)));
    for (const path of paths) recent.add(path);
    recent.add(paths[5]!);
    const listed = await recent.list();
    expect(listed.map((entry) => entry.fileName)).toEqual(
      ['m5.minutes', 'm11.minutes', 'm10.minutes', 'm9.minutes', 'm8.minutes', 'm7.minutes', 'm6.minutes', 'm4.minutes', 'm3.minutes', 'm2.minutes'],
    );
    for (const entry of listed) {
      expect(recentFileSchema.parse(entry)).toEqual(entry);
      expect(entry.folder).toBe(folder);
      expect(entry.id).not.toContain(folder);
      expect(entry.id).not.toContain('minutes');
    }
    expect(preferences.get('recentFiles')).toHaveLength(10);
  });

  it('gives ids that stay the same for the process and resolve to the path', async () => {
    const recent = createRecentFiles({ preferences, fs: nodeFileSystem });
    const a = await meetingFile('a.minutes');
    const b = await meetingFile('b.minutes');
    recent.add(a);
    const [first] = await recent.list();
    recent.add(b);
    const again = await recent.list();
    expect(again.find((entry) => entry.fileName === 'a.minutes')?.id).toBe(first!.id);
    expect(recent.resolve(first!.id)).toBe(a);
    expect(recent.resolve('recent-unknown')).toBeUndefined();
    expect(recent.resolve(a)).toBeUndefined();
  });

  it('hides files that vanished or became folders, but keeps them in case they come back', async () => {
    const recent = createRecentFiles({ preferences, fs: nodeFileSystem });
    const kept = await meetingFile('kept.minutes');
    const gone = await meetingFile('gone.minutes');
    const folderNow = await meetingFile('folder.minutes');
    recent.add(kept);
    recent.add(gone);
    recent.add(folderNow);
    recent.add(join(folder, 'missing-folder', 'x.minutes'));
    await rm(gone);
    await rm(folderNow);
    await mkdir(folderNow);
    expect((await recent.list()).map((entry) => entry.fileName)).toEqual(['kept.minutes']);
    expect(preferences.get('recentFiles')).toHaveLength(4);
    await writeFile(gone, 'back');
    expect((await recent.list()).map((entry) => entry.fileName)).toEqual(['gone.minutes', 'kept.minutes']);
  });

  it('resolves only ids still in the list', async () => {
    const recent = createRecentFiles({ preferences, fs: nodeFileSystem });
    const first = await meetingFile('first.minutes');
    recent.add(first);
    const [entry] = await recent.list();
    for (let i = 0; i < 10; i += 1) recent.add(await meetingFile(`n${i}.minutes`));
    expect(recent.resolve(entry!.id)).toBeUndefined();
  });

  it('stores absolute paths and, on macOS and Windows, treats a change of letter case as the same file', async () => {
    const a = await meetingFile('Agenda.minutes');
    const insensitive = createRecentFiles({ preferences, fs: nodeFileSystem, platform: 'win32' });
    insensitive.add(a);
    insensitive.add(join(folder, 'AGENDA.minutes'));
    expect(preferences.get('recentFiles')).toEqual([join(folder, 'AGENDA.minutes')]);

    const linuxPreferences = createMemoryPreferences();
    const sensitive = createRecentFiles({ preferences: linuxPreferences, fs: nodeFileSystem, platform: 'linux' });
    sensitive.add(a);
    sensitive.add(join(folder, 'x', '..', 'AGENDA.minutes'));
    expect(linuxPreferences.get('recentFiles')).toEqual([join(folder, 'AGENDA.minutes'), a]);
  });

  it('warns instead of throwing when the list cannot be persisted', async () => {
    const warnings: string[] = [];
    const failing = createMemoryPreferences({}, () => { throw new Error('ENOSPC'); });
    const recent = createRecentFiles({ preferences: failing, fs: nodeFileSystem, warn: (message) => warnings.push(message) });
    const a = await meetingFile('a.minutes');
    expect(() => recent.add(a)).not.toThrow();
    expect(warnings).toEqual(['The recent files list could not be saved.']);
    expect((await recent.list()).map((entry) => entry.fileName)).toEqual(['a.minutes']);
  });
});
