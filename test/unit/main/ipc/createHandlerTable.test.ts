import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMainServices } from '../../../../src/main/createMainServices';
import type { Dialogs } from '../../../../src/main/ipc/createHandlerTable';
import type { HandlerTable } from '../../../../src/main/ipc/handlerTable';
import { nodeFileSystem } from '../../../../src/main/services/fileSystem';
import { createMemoryPreferences } from '../../../../src/main/services/preferences';
import { createEmptyMeeting } from '../../../../src/shared/meeting/newMeeting';

let folder: string;
let opened: string[];
let clipboard: Array<{ html: string; text: string }>;
let answers: { save: string | null; export: string | null; open: string | null };
let table: HandlerTable;
const context = { windowId: 1 };

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rapporteur-handlers-'));
  opened = [];
  clipboard = [];
  answers = { save: null, export: null, open: null };
  const dialogs: Dialogs = {
    chooseMeetingToOpen: async () => answers.open,
    chooseWhereToSaveMeeting: async () => answers.save,
    chooseWhereToExportReport: async () => answers.export,
    // The series dialogs (profiles, reports, library) are tested in test/unit/main/ipc/seriesHandlers.test.ts.
    choosePreviousMeeting: async () => null,
    chooseReportToImport: async () => null,
    chooseProfileToImport: async () => null,
    chooseWhereToExportProfile: async () => null,
    chooseLibraryFolder: async () => null,
  };
  table = createMainServices({
    fs: nodeFileSystem, preferences: createMemoryPreferences({ authorName: 'WG Secretariat' }), dialogs, platform: 'linux', appVersion: '1.0.0',
    clock: () => new Date('2026-11-26T10:00:00Z'), openExternal: async (url) => { opened.push(url); }, writeClipboard: (c) => clipboard.push(c),
  }).table;
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('the handler table', () => {
  it.each([
    'javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'ms-settings:', 'data:text/html,x', `https://example.org/${'x'.repeat(3000)}`, 'https://user:pw@example.org',
  ])('refuses to open %s in the system browser', async (url) => {
    const result = await table.openExternalLink({ url }, context);
    expect(result.opened).toBe(false);
    expect(opened).toEqual([]);
  });

  it('opens http, https and mailto links, normalised by the URL parser', async () => {
    for (const url of ['https://example.org/a b', 'http://example.org', 'mailto:wg@example.org']) {
      expect(await table.openExternalLink({ url }, context)).toEqual({ opened: true });
    }
    expect(opened).toEqual(['https://example.org/a%20b', 'http://example.org/', 'mailto:wg@example.org']);
  });

  it('saves to the path the dialog chose and answers with an opaque handle, never the path', async () => {
    answers.save = join(folder, 'meeting.minutes');
    const result = await table.saveMeetingAs({ meeting: createEmptyMeeting(), suggestedName: '../../etc/passwd' }, context);
    expect(result).toMatchObject({ status: 'saved', document: { fileName: 'meeting.minutes' } });
    if (result.status !== 'saved') throw new Error('not saved');
    expect(result.document.handle).toMatch(/^doc-[A-Za-z0-9]+$/);
    const again = await table.saveMeeting({ handle: result.document.handle, meeting: createEmptyMeeting() }, context);
    expect(again.status).toBe('saved');
    expect(await table.saveMeeting({ handle: 'doc-unknownhandle123', meeting: createEmptyMeeting() }, context)).toMatchObject({ status: 'failed' });
  });

  it('exports the report where the dialog chose, with the author from preferences', async () => {
    answers.export = join(folder, 'report.docx');
    const result = await table.exportReport({ meeting: createEmptyMeeting(), format: 'docx', includeItemsWithoutNotes: false, includeApologies: false, suggestedName: 'Report' }, context);
    expect(result).toEqual({ status: 'exported', fileName: 'report.docx', folder });
    expect((await readFile(join(folder, 'report.docx'))).subarray(0, 2).toString()).toBe('PK');
    answers.export = null;
    expect(await table.exportReport({ meeting: createEmptyMeeting(), format: 'md', includeItemsWithoutNotes: false, includeApologies: false, suggestedName: 'x' }, context)).toEqual({ status: 'cancelled' });
  });

  it('copies the report to the clipboard as HTML and text', async () => {
    expect(await table.copyReportToClipboard({ html: '<p>x</p>', text: 'x' }, context)).toEqual({ copied: true });
    expect(clipboard).toEqual([{ html: '<p>x</p>', text: 'x' }]);
  });
});
