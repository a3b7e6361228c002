import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../../src/main/services/fileSystem';
import { readReportDocx } from '../../../../src/main/services/reportImportDocx';
import { importReportText } from '../../../../src/shared/parsers/reportImport';
import { makeTempFolder, removeFolder } from './helpers/tempFolder';

const DOCX = resolve(__dirname, '../../../fixtures/reports/wg-strategy-meeting-60.docx');

let folder: string;
beforeEach(async () => {
  folder = await makeTempFolder();
});
afterEach(() => removeFolder(folder));

describe('reading a previous report in Word', () => {
  it('gives the text of the LibreOffice .docx of the reference, which imports with 22 people, 5 items, meeting 60', async () => {
    const read = await readReportDocx(nodeFileSystem, DOCX);
    expect(read).toMatchObject({ ok: true, fileName: 'wg-strategy-meeting-60.docx' });
    if (!read.ok) return;
    const report = importReportText(read.text);
    expect([report.participants.length, report.agenda.length, report.number]).toEqual([22, 5, 60]);
  });

  it('says in a sentence when the file is no Word document or is missing', async () => {
    const fake = join(folder, 'fake.docx');
    await writeFile(fake, 'plain text with a .docx name');
    expect(await readReportDocx(nodeFileSystem, fake)).toMatchObject({ ok: false, message: expect.stringMatching(/^"fake\.docx" could not be read as a Word document \(\.docx\)/) });
    expect(await readReportDocx(nodeFileSystem, join(folder, 'gone.docx'))).toMatchObject({ ok: false, message: expect.stringMatching(/"gone\.docx" could not be read/) });
    expect(await readReportDocx(nodeFileSystem, folder)).toEqual({ ok: false, message: `"${folder.split('/').pop()}" is not a file.` });
  });
});
