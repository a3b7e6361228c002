import { copyFile, readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { expect, test, type AppHarness } from '../harness/appFixture';

const FIXTURE = resolve(__dirname, '../../fixtures/wg-strategy-60.minutes');

async function openReferenceMeeting(app: AppHarness): Promise<void> {
  const path = join(app.documentsDir, 'wg-strategy-60.minutes');
  await copyFile(FIXTURE, path);
  app.dialogs.answerNextOpen(path);
  await app.page.keyboard.press('Control+O');
  await expect(app.page).toHaveTitle('wg-strategy-60.minutes — Rapporteur');
}

const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" })[entity]!);
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

async function docxParagraphs(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return Array.from(xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g), (p) => normalise(unescapeXml(Array.from(p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g), (t) => t[1]).join(''))))
    .filter((text) => text !== '');
}

test('File › Export to Word previews the report, and the preview\'s blocks are the .docx\'s paragraphs', async ({ app }) => {
  const { page } = app;
  await openReferenceMeeting(app);
  await page.keyboard.press('Control+E');
  const preview = page.getByTestId('report-preview');
  await expect(preview.locator('h1')).toHaveText('MAG Working Group on IGF Strengthening and Strategy');
  await expect(preview).toContainText('The 60th virtual meeting of the IGF MAG Working Group (WG) on IGF Strengthening and Strategy (WG-Strategy) was held on 20 July at 14:00 UTC.');
  await expect(preview).toContainText('Amrita Choudhury added that there is a need');
  await expect(preview.getByRole('link', { name: 'draft of the SWOT document' })).toHaveAttribute('href', /^https:\/\/example\.org\//);
  await expect(page.getByRole('region', { name: 'Before you send' })).toContainText('No notes under');
  await page.screenshot({ path: join(__dirname, '../../../.tmp/screenshots/export-preview.png') });

  const previewBlocks = (await preview.evaluate((root) => Array.from(root.querySelectorAll('h1, h2, h3, h4, p, li'), (block) => {
    const clone = block.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('ol, ul').forEach((nested) => nested.remove());
    return clone.textContent ?? '';
  }))).map(normalise).filter((text) => text !== '');

  const out = join(app.documentsDir, 'report.docx');
  app.dialogs.answerNextExport(out);
  await page.getByRole('button', { name: /^Export Word/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported report.docx' })).toBeVisible();
  expect(app.dialogs.exportSuggestions).toEqual(['WG-Strategy Online Meeting 60.docx']);
  expect(await docxParagraphs(out)).toEqual(previewBlocks);
});

test('the report\'s sentences are edited with a live preview, and Draft status marks the report', async ({ app }) => {
  const { page } = app;
  await openReferenceMeeting(app);
  await page.keyboard.press('Control+E');
  const preview = page.getByTestId('report-preview');
  await page.getByLabel('Lead-in to the agenda').fill('The chair opened the {ordinal} meeting with the agenda:');
  await expect(preview).toContainText('The chair opened the 60th meeting with the agenda:');
  await page.getByLabel('Status').selectOption('draft');
  await expect(preview.locator('.draft')).toHaveText(/DRAFT/);
  await page.getByRole('button', { name: 'Close export' }).click();
  // The choice belongs to the meeting (autosave writes it at once), not to this one export.
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('draft');
});

test('Copy for email puts the same report on the clipboard as HTML and plain text', async ({ app }) => {
  await openReferenceMeeting(app);
  await app.page.keyboard.press('Control+E');
  await app.page.getByRole('button', { name: 'Copy for email' }).click();
  await expect(app.page.getByRole('status').filter({ hasText: 'on the clipboard' })).toBeVisible();
  const [copied] = app.clipboard;
  expect(copied!.html).toContain('<h1 class="title">MAG Working Group on IGF Strengthening and Strategy</h1>');
  expect(copied!.text).toContain('Jim Prendergast observed that the MAG controls only 80/85 sessions');
});

test('a check\'s "Go there" closes the preview and puts the caret at the item without notes', async ({ app }) => {
  const { page } = app;
  await openReferenceMeeting(app);
  await page.keyboard.press('Control+E');
  await page.getByRole('region', { name: 'Before you send' }).getByRole('listitem').filter({ hasText: 'Update from the IGF Secretariat' }).getByRole('button', { name: 'Go there' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.agenda-row--current .agenda-row__label')).toHaveText('4. Update from the IGF Secretariat');
});

test('an export into a folder that is gone says why and writes nothing', async ({ app }) => {
  await openReferenceMeeting(app);
  await app.page.keyboard.press('Control+E');
  app.dialogs.answerNextExport(join(app.documentsDir, 'gone', 'report.docx'));
  await app.page.getByRole('button', { name: /^Export Word/ }).click();
  await expect(app.page.getByRole('alert')).toContainText('the report was not written');
  expect(await readdir(app.documentsDir)).toEqual(['wg-strategy-60.minutes']);
});
