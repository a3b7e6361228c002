import { randomBytes } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FORMAT_VERSION } from '../../../src/shared/meeting/fileFormat';
import { expect, test } from '../harness/appFixture';
import { caretToEndOfNotes } from '../harness/caret';

test('create a meeting, fill its details, type notes, save with the shortcut, reopen: everything is back', async ({ app }) => {
  const { page } = app;
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByLabel('Group title (as printed)').fill('MAG Working Group on IGF Strengthening and Strategy');
  await page.getByLabel('Group short name').fill('WG-Strategy');
  await page.getByLabel('Meeting number').fill('60');
  await page.getByRole('group', { name: 'Starts' }).getByLabel('Date').fill('2023-07-20');
  await page.getByRole('group', { name: 'Starts' }).getByLabel('Time', { exact: true }).fill('14:00');
  await app.notes().click();
  await page.keyboard.type('Chris gave an update on the II Open Consultations and MAG meeting.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Jim Prendergast observed that the MAG controls only 80/85 sessions.');
  await expect(page).toHaveTitle(/^• Untitled meeting — Rapporteur$/);

  const target = join(app.documentsDir, 'wg-strategy-60.minutes');
  app.dialogs.answerNextSave(target);
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await expect(page).toHaveTitle('wg-strategy-60.minutes — Rapporteur');
  expect(app.dialogs.saveSuggestions).toEqual(['WG-Strategy Online Meeting 60.minutes']);
  const saved = JSON.parse(await readFile(target, 'utf8'));
  expect(saved).toMatchObject({ app: 'Rapporteur', formatVersion: FORMAT_VERSION, meeting: { metadata: { groupShortName: 'WG-Strategy', number: 60 } } });
  expect(typeof saved.meeting.notes).toBe('object');

  await page.keyboard.press('Control+N');
  await expect(app.notes()).toHaveText('');
  await expect(page.getByLabel('Group short name')).toHaveValue('');

  app.dialogs.answerNextOpen(target);
  await page.keyboard.press('Control+O');
  await expect(page.getByLabel('Group short name')).toHaveValue('WG-Strategy');
  await expect(page.getByLabel('Group title (as printed)')).toHaveValue('MAG Working Group on IGF Strengthening and Strategy');
  await expect(page.getByLabel('Meeting number')).toHaveValue('60');
  await expect(page.getByRole('group', { name: 'Starts' }).getByLabel('Date')).toHaveValue('2023-07-20');
  await expect(app.notes().locator('p')).toHaveText([
    'Chris gave an update on the II Open Consultations and MAG meeting.',
    'Jim Prendergast observed that the MAG controls only 80/85 sessions.',
  ]);
  await expect(page).toHaveTitle('wg-strategy-60.minutes — Rapporteur');
  await page.screenshot({ path: join(__dirname, '../../../.tmp/screenshots/main-window.png') });

  await caretToEndOfNotes(page, app.notes());
  await page.keyboard.type(' Added after reopening.');
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  expect(await readFile(target, 'utf8')).toContain('Added after reopening.');
});

test('a save into a folder that is gone fails with the reason, and the notes stay on screen', async ({ app }) => {
  const { page } = app;
  await app.notes().click();
  await page.keyboard.type('Notes that must not be lost.');
  app.dialogs.answerNextSave(join(app.documentsDir, 'missing-folder', 'x.minutes'));
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('save-status')).toContainText('Not saved');
  await expect(app.notes()).toHaveText('Notes that must not be lost.');
  await expect(page).toHaveTitle(/^• /);
});

const badFiles: Array<[string, () => Buffer, RegExp]> = [
  ['a truncated file', () => Buffer.from('{"app":"Rapporteur","formatVersion":1,"minReaderVersion":1,"meeting":{"metadata":{"groupTitle":"x"'), /truncated/i],
  ['a file of random bytes', () => randomBytes(4096), /binary|not a Rapporteur meeting|not valid/i],
  ['an empty file', () => Buffer.alloc(0), /empty/i],
  ['a file from a format this version cannot read', () => Buffer.from(JSON.stringify({ app: 'Rapporteur', formatVersion: 7, minReaderVersion: 5, meeting: {} })), /format 5.*format 1|Update Rapporteur/i],
];

for (const [label, content, message] of badFiles) {
  test(`opening ${label} shows a clear error and leaves the file byte-identical`, async ({ app }) => {
    const path = join(app.documentsDir, 'bad.minutes');
    const bytes = content();
    await writeFile(path, bytes);
    const before = await stat(path);
    app.dialogs.answerNextOpen(path);
    await app.page.keyboard.press('Control+O');
    await expect(app.page.getByTestId('error-banner')).toContainText(message);
    await expect(app.page.getByTestId('error-banner')).toContainText('bad.minutes');
    expect(Buffer.compare(await readFile(path), bytes)).toBe(0);
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  });
}

test('a file from a newer version that this one can still read opens read-only with a banner, untouched', async ({ app }) => {
  const path = join(app.documentsDir, 'newer.minutes');
  const text = `${JSON.stringify({
    app: 'Rapporteur', formatVersion: 3, minReaderVersion: 1,
    meeting: {
      metadata: { groupTitle: 'Future group', groupLongName: '', groupShortName: 'FG', seriesName: 'Online Meeting' },
      participants: [], agenda: [], links: [], futureField: { anything: true },
      notes: { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'From the future.' }] }] } },
    },
  })}\n`;
  await writeFile(path, text);
  app.dialogs.answerNextOpen(path);
  await app.page.keyboard.press('Control+O');
  await expect(app.page.getByTestId('notice-banner')).toContainText('newer Rapporteur');
  await expect(app.page.getByTestId('save-status')).toContainText('Read-only');
  await expect(app.notes()).toHaveText('From the future.');
  await expect(app.notes()).toHaveAttribute('contenteditable', 'false');
  await expect(app.page).toHaveTitle('newer.minutes (read-only) — Rapporteur');
  expect(await readFile(path, 'utf8')).toBe(text);
});
