import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../../src/main/services/fileSystem';
import { createProfileStore, profileErrorMessage, type ProfileStore } from '../../../../src/main/services/profilesStore';
import { parseProfileFile, serializeProfileFile } from '../../../../src/shared/profiles/profileFile';
import { groupProfileSchema } from '../../../../src/shared/profiles/schema';
import { fsError, fsWith } from './helpers/faultyFileSystem';
import { leftoverTempFiles, makeTempFolder, removeFolder } from './helpers/tempFolder';

const profile = groupProfileSchema.parse({ id: 'g-strategy', groupTitle: 'MAG Working Group', groupShortName: 'WG-Strategy', roster: [{ id: 'p1', fullName: 'Jane Doe' }], lastMeeting: { number: 60 } });

let folder: string;
let store: ProfileStore;
beforeEach(async () => {
  folder = await makeTempFolder();
  store = createProfileStore({ fs: nodeFileSystem, folder: join(folder, 'profiles') });
});
afterEach(() => removeFolder(folder));

describe('the profile store', () => {
  it('keeps each profile as a verified file in the data folder, and lists it', async () => {
    expect(await store.list()).toEqual({ profiles: [], problems: [] });
    expect(await store.save(profile)).toMatchObject({ id: 'g-strategy', lastNumber: 60, people: 1 });
    const text = await readFile(join(folder, 'profiles', 'g-strategy.rapporteur-group'), 'utf8');
    expect(parseProfileFile(text)).toEqual({ ok: true, profile });
    expect(await store.get('g-strategy')).toEqual(profile);
    expect(await store.get('missing')).toBeUndefined();
    expect((await store.list()).profiles.map((summary) => summary.id)).toEqual(['g-strategy']);
    expect(await leftoverTempFiles(join(folder, 'profiles'))).toEqual([]);
  });

  it('lists a damaged profile as a problem, naming the file, and shows the others', async () => {
    await store.save(profile);
    await writeFile(join(folder, 'profiles', 'broken.rapporteur-group'), '{"app":"Rapporteur"');
    const listed = await store.list();
    expect(listed.profiles).toHaveLength(1);
    expect(listed.problems).toEqual(['"broken.rapporteur-group": The file is not a group profile (it is not valid JSON).']);
  });

  it('exports a profile as a file to share, and imports it back, replacing the one with its id', async () => {
    await store.save(profile);
    const shared = join(folder, 'shared.rapporteur-group');
    expect(await store.exportTo('g-strategy', shared)).toBe('shared.rapporteur-group');
    await store.remove('g-strategy');
    expect((await store.list()).profiles).toEqual([]);
    expect(await readdir(join(folder, 'profiles', 'removed'))).toHaveLength(1);
    expect(await store.importFrom(shared)).toMatchObject({ replaced: false, summary: { id: 'g-strategy' } });
    expect(await store.importFrom(shared)).toMatchObject({ replaced: true });
  });

  it('refuses to import a file that is not a profile, with a sentence', async () => {
    const meeting = join(folder, 'meeting.rapporteur-group');
    await writeFile(meeting, serializeProfileFile(profile).replace('group-profile', 'meeting'));
    await expect(store.importFrom(meeting)).rejects.toThrow(/not a Rapporteur group profile/);
    const binary = join(folder, 'binary.rapporteur-group');
    await writeFile(binary, Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    await expect(store.importFrom(binary).catch(profileErrorMessage)).resolves.toMatch(/binary data/);
  });

  it('says why a profile was not saved when the disk is full, and keeps the previous one', async () => {
    await store.save(profile);
    const full = createProfileStore({
      folder: join(folder, 'profiles'),
      fs: fsWith({ open: async (path, flags, mode) => (flags === 'wx' ? Promise.reject(fsError('ENOSPC', 'open')) : nodeFileSystem.open(path, flags, mode)) }),
    });
    const message = await full.save({ ...profile, groupTitle: 'Renamed' }).then(() => 'saved', profileErrorMessage);
    expect(message).toMatch(/disk is full/);
    expect((await store.get('g-strategy'))?.groupTitle).toBe('MAG Working Group');
  });
});
