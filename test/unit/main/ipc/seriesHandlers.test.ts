import { copyFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainServices } from '../../../../src/main/createMainServices';
import type { Dialogs } from '../../../../src/main/ipc/createHandlerTable';
import type { HandlerTable } from '../../../../src/main/ipc/handlerTable';
import { nodeFileSystem } from '../../../../src/main/services/fileSystem';
import { createMemoryPreferences } from '../../../../src/main/services/preferences';
import { profileFromMeeting } from '../../../../src/shared/profiles/profileMeetings';
import { FIXTURE_PATH, loadFixtureMeeting } from '../../shared/report/support/fixture';
import { makeTempFolder, removeFolder } from '../services/helpers/tempFolder';

let folder: string;
let table: HandlerTable;
let settled: () => Promise<void>;
let answers: Partial<Record<keyof Dialogs, string | null>>;
const context = { windowId: 1 };

beforeEach(async () => {
  folder = await makeTempFolder();
  answers = {};
  const answer = (name: keyof Dialogs) => async () => answers[name] ?? null;
  const dialogs: Dialogs = {
    chooseMeetingToOpen: answer('chooseMeetingToOpen'), chooseWhereToSaveMeeting: answer('chooseWhereToSaveMeeting'), chooseWhereToExportReport: answer('chooseWhereToExportReport'),
    choosePreviousMeeting: answer('choosePreviousMeeting'), chooseReportToImport: answer('chooseReportToImport'), chooseProfileToImport: answer('chooseProfileToImport'),
    chooseWhereToExportProfile: answer('chooseWhereToExportProfile'), chooseLibraryFolder: answer('chooseLibraryFolder'),
  };
  ({ table, settled } = createMainServices({
    fs: nodeFileSystem, preferences: createMemoryPreferences(), dialogs, platform: 'linux', appVersion: '1.0.0', dataDir: join(folder, 'data'),
    clock: () => new Date('2023-08-01T10:00:00Z'), openExternal: async () => undefined, writeClipboard: () => undefined,
  }));
});
// An open answers before its recovery baseline is written: the data folder goes once that is done.
afterEach(async () => {
  await settled();
  await removeFolder(folder);
});

describe('the series handlers', () => {
  it('save, list, export, delete and import a group profile through the dialogs', async () => {
    const profile = profileFromMeeting(loadFixtureMeeting());
    expect(await table.saveProfile({ profile }, context)).toMatchObject({ status: 'saved', summary: { lastNumber: 60, people: 22 } });
    expect((await table.listProfiles({}, context)).profiles.map((summary) => summary.groupShortName)).toEqual(['WG-Strategy']);
    expect(await table.getProfile({ id: profile.id }, context)).toEqual({ status: 'found', profile });
    expect(await table.exportProfile({ id: profile.id }, context)).toEqual({ status: 'cancelled' });
    answers.chooseWhereToExportProfile = join(folder, 'shared.rapporteur-group');
    expect(await table.exportProfile({ id: profile.id }, context)).toEqual({ status: 'exported', fileName: 'shared.rapporteur-group', folder });
    expect(await table.deleteProfile({ id: profile.id }, context)).toEqual({ status: 'deleted' });
    expect(await table.getProfile({ id: profile.id }, context)).toMatchObject({ status: 'failed' });
    answers.chooseProfileToImport = join(folder, 'shared.rapporteur-group');
    expect(await table.importProfile({}, context)).toMatchObject({ status: 'imported', replaced: false });
  });

  it('read a previous report\'s .docx and a previous meeting\'s file, returning contents and never a path', async () => {
    answers.chooseReportToImport = resolve(__dirname, '../../../fixtures/reports/wg-strategy-meeting-60.docx');
    const report = await table.readReportFile({}, context);
    expect(report.status === 'read' && report.text).toContain('List of participants');
    answers.choosePreviousMeeting = FIXTURE_PATH;
    expect(await table.choosePreviousMeeting({}, context)).toMatchObject({ status: 'read', fileName: 'wg-strategy-60.minutes', meeting: { metadata: { number: 60 } } });
    answers.choosePreviousMeeting = join(folder, 'missing.minutes');
    expect(await table.choosePreviousMeeting({}, context)).toMatchObject({ status: 'failed', message: expect.stringMatching(/was not found/) });
  });

  it('list a chosen folder, search it again without asking, and open a meeting by its id', async () => {
    await copyFile(FIXTURE_PATH, join(folder, 'sixty.minutes'));
    expect(await table.listLibrary({ folder: { kind: 'current' }, query: '' }, context)).toMatchObject({ status: 'failed' });
    expect(await table.listLibrary({ folder: { kind: 'choose' }, query: '' }, context)).toEqual({ status: 'cancelled' });
    answers.chooseLibraryFolder = folder;
    const listed = await table.listLibrary({ folder: { kind: 'choose' }, query: '' }, context);
    expect(listed).toMatchObject({ status: 'listed', folderName: folder, meetings: [{ fileName: 'sixty.minutes', number: 60 }] });
    const searched = await table.listLibrary({ folder: { kind: 'current' }, query: 'no such words' }, context);
    expect(searched).toMatchObject({ status: 'listed', meetings: [] });
    if (listed.status !== 'listed') return;
    expect(await table.openLibraryMeeting({ entryId: listed.meetings[0]!.entryId }, context)).toMatchObject({ status: 'opened', document: { fileName: 'sixty.minutes' } });
    expect(await table.openLibraryMeeting({ entryId: 'lib-AAAAAAAAAAAAAAAA' }, context)).toMatchObject({ status: 'failed' });
  });
});
