import { copyFile, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { expect, type AppHarness } from '../harness/appFixture';
import { caretToEndOfNotes } from '../harness/caret';

/** Shared steps of the series and actions specs: the reference meeting, typing in its last section, reading a .docx. */

export const REFERENCE_MEETING = resolve(__dirname, '../../fixtures/wg-strategy-60.minutes');
export const REFERENCE_DOCX = resolve(__dirname, '../../fixtures/reports/wg-strategy-meeting-60.docx');
export const SCREENSHOTS = resolve(__dirname, '../../../.tmp/screenshots');

export async function openReferenceMeeting(app: AppHarness, fileName = 'wg-strategy-60.minutes'): Promise<string> {
  const path = join(app.documentsDir, fileName);
  await copyFile(REFERENCE_MEETING, path);
  app.dialogs.answerNextOpen(path);
  await app.page.keyboard.press('Control+O');
  await expect(app.page).toHaveTitle(`${fileName} — Rapporteur`);
  return path;
}

/** The reference meeting 60, then meeting 61 made from it and saved beside it: a folder holding two meetings of one series. */
export async function saveMeeting61BesideMeeting60(app: AppHarness): Promise<void> {
  const { page } = app;
  await openReferenceMeeting(app);
  await page.keyboard.press('Control+Shift+N');
  await page.getByRole('button', { name: 'Create meeting 61' }).click();
  app.dialogs.answerNextSave(join(app.documentsDir, 'wg-strategy-61.minutes'));
  await page.keyboard.press('Control+Shift+S');
  await expect(page).toHaveTitle(/wg-strategy-61\.minutes/);
}

/** A new paragraph at the end of the notes (the last agenda item's section), ready for typing. */
export async function typeAtEnd(app: AppHarness): Promise<void> {
  await caretToEndOfNotes(app.page, app.notes());
  await app.page.keyboard.press('Enter');
}

/** Types a line and ends it with Enter, as a scribe does. */
export async function typeLine(app: AppHarness, text: string): Promise<void> {
  await app.page.keyboard.type(text);
  await app.page.keyboard.press('Enter');
}

/** Marks the caret's paragraph as an action through the shortcut and its dialog. */
export async function markActionByShortcut(app: AppHarness, owners: readonly string[], due: string): Promise<void> {
  const { page } = app;
  await page.keyboard.press('Control+Shift+A');
  const dialog = page.getByRole('dialog', { name: 'Mark as action' });
  for (const owner of owners) await dialog.getByRole('checkbox', { name: owner, exact: true }).check();
  await dialog.getByLabel('Due date').fill(due);
  await dialog.getByRole('button', { name: 'Mark as action' }).click();
  await expect(dialog).toHaveCount(0);
}

export function actionsTab(app: AppHarness) {
  return app.page.getByRole('tab', { name: 'Actions' });
}

export function actionsPanel(app: AppHarness) {
  return app.page.getByRole('region', { name: 'Actions and decisions' });
}

const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" })[entity]!);

/** The text of each paragraph of a .docx, in order. */
export async function docxParagraphs(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  return Array.from(xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g), (p) => unescapeXml(Array.from(p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g), (t) => t[1]).join('')).replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
}

export async function exportWord(app: AppHarness, fileName: string): Promise<string> {
  const { page } = app;
  await page.keyboard.press('Control+E');
  const out = join(app.documentsDir, fileName);
  app.dialogs.answerNextExport(out);
  await page.getByRole('button', { name: /^Export Word/ }).click();
  await expect(page.getByRole('status').filter({ hasText: `Exported ${fileName}` })).toBeVisible();
  return out;
}
