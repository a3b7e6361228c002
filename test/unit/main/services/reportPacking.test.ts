import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import type { Meeting } from '../../../../src/shared/meeting/schema';
import { packReport, reportFormatFromFileName } from '../../../../src/main/services/reportPacking';
import { convertWithLibreOffice, libreOfficeMissingReason, pdfPageCount } from '../../../support/libreOffice';

const fixture = () => {
  const parsed = parseMeetingFile(readFileSync(resolve(__dirname, '../../../fixtures/wg-strategy-60.minutes'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.meeting;
};

describe('packReport', () => {
  it('packs every format from the same report', async () => {
    const meeting = fixture();
    const docx = await packReport(meeting, 'docx', { author: 'Secretariat' });
    expect(Buffer.from(docx.subarray(0, 2)).toString()).toBe('PK');
    for (const format of ['html', 'md', 'txt'] as const) {
      expect(new TextDecoder().decode(await packReport(meeting, format, { author: '' }))).toContain('Jim Prendergast observed that');
    }
  });

  it('reads the format from a file name', () => {
    expect(['a.docx', 'a.DOCX', 'a.md', 'a.markdown', 'a.txt', 'a.text', 'a.html', 'a.htm', 'a.pdf', 'noext'].map(reportFormatFromFileName))
      .toEqual(['docx', 'docx', 'md', 'md', 'txt', 'txt', 'html', 'html', undefined, undefined]);
  });
});

const missing = libreOfficeMissingReason();
if (missing) console.log(`LibreOffice check skipped: ${missing}`);

describe.skipIf(missing !== undefined)('the Word report in LibreOffice', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'rapporteur-lo-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  async function renders(meeting: Meeting, name: string): Promise<number> {
    const docx = join(folder, `${name}.docx`);
    await writeFile(docx, await packReport(meeting, 'docx', { author: 'Secretariat' }));
    const pdf = convertWithLibreOffice(docx, 'pdf', folder);
    expect(existsSync(pdf)).toBe(true);
    return pdfPageCount(pdf);
  }

  it('opens the reference report and lays it out on pages', async () => {
    expect(await renders(fixture(), 'reference')).toBeGreaterThanOrEqual(3);
  }, 240_000);

  it('opens a report full of scripts, emoji and characters XML forbids', async () => {
    const meeting = fixture();
    meeting.metadata.groupTitle = 'Groupe de travail \u0000\uFFFE\uFFFF — مجموعة العمل 工作组 😀 Kleinwa\u0308chter';
    meeting.participants[0]!.fullName = 'عبد الرحمن المطيري \uD800';
    meeting.participants[1]!.affiliation = '国际商会 <script>alert(1)</script> \u0008';
    expect(await renders(meeting, 'unicode')).toBeGreaterThanOrEqual(1);
  }, 240_000);
});
