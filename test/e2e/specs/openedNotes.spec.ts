import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeMeetingFile } from '../../../src/shared/meeting/fileFormat';
import { expect, test } from '../harness/appFixture';
import { caretToEndOfNotes } from '../harness/caret';
import { meetingSaying } from './autosaveSupport';
import { REFERENCE_MEETING } from './seriesSupport';

// The notes of an opened file go into the editor once, after the plugins that register node transforms
// (NotesEditor's LoadNotesPlugin): those transforms still pass once over everything the file holds.

test('an opened file\'s notes pass the editor\'s checks once: styles dropped, addresses linked, not an edit, nothing to undo', async ({ app }) => {
  const { page } = app;
  const meeting = meetingSaying('Details on https://www.intgovforum.org/en today.', 'Styled text from elsewhere.');
  const styled = (meeting.notes.root.children[1] as unknown as { children: Array<{ style: string }> }).children[0]!;
  styled.style = 'color: red; background: url(https://example.com/x.png)';
  const path = join(app.documentsDir, 'from-elsewhere.minutes');
  await writeFile(path, serializeMeetingFile(meeting));
  const written = await stat(path);

  app.dialogs.answerNextOpen(path);
  await page.keyboard.press('Control+O');
  await expect(page.getByTestId('file-name')).toHaveText('from-elsewhere.minutes');
  await expect(app.notes().locator('a')).toHaveText(['https://www.intgovforum.org/en']);
  await expect(app.notes().locator('[style]')).toHaveCount(0);
  await expect(app.notes().locator('p')).toHaveText(['Details on https://www.intgovforum.org/en today.', 'Styled text from elsewhere.']);

  // Loading is not editing: no dirty mark, the file is not rewritten, and undo has nothing to take back.
  await page.waitForTimeout(1500);
  await expect(page).toHaveTitle('from-elsewhere.minutes — Rapporteur');
  expect((await stat(path)).mtimeMs).toBe(written.mtimeMs);
  await caretToEndOfNotes(page, app.notes());
  await page.keyboard.press('Control+Z');
  await expect(app.notes().locator('p')).toHaveText(['Details on https://www.intgovforum.org/en today.', 'Styled text from elsewhere.']);

  // The first words typed are one undo step back to the notes as opened.
  await page.keyboard.type(' Added.');
  await expect(app.notes().locator('p').last()).toHaveText('Styled text from elsewhere. Added.');
  await page.keyboard.press('Control+Z');
  await expect(app.notes().locator('p')).toHaveText(['Details on https://www.intgovforum.org/en today.', 'Styled text from elsewhere.']);

  // Saved, the notes are as shown: the link kept, the style gone.
  await page.keyboard.type(' Again.');
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  const saved = JSON.stringify(JSON.parse(await readFile(path, 'utf8')).meeting.notes);
  expect(saved).toContain('"type":"autolink"');
  expect(saved).not.toContain('color: red');
});

// The side panels of an opened meeting are built in a deferred render right after its notes (App.tsx):
// they must end up showing the new meeting, never the one before, and keep the tab the user chose.
test('opening another meeting brings its people and agenda into the panels after its notes, and the chosen tab stays', async ({ app }) => {
  const { page } = app;
  const first = meetingSaying('Ada opened the first meeting.');
  first.participants = [{ id: 'p-ada', fullName: 'Ada Lovelace', shortName: '', affiliation: 'Analytical Engines', role: 'member', attendance: 'present', aliases: [] }];
  first.agenda = [{ id: 'a-first', title: 'The first meeting\'s only item', presenterIds: [], children: [] }];
  const firstPath = join(app.documentsDir, 'first.minutes');
  await writeFile(firstPath, serializeMeetingFile(first));
  app.dialogs.answerNextOpen(firstPath);
  await page.keyboard.press('Control+O');
  await expect(app.notes().locator('p')).toHaveText(['Ada opened the first meeting.']);
  const speakers = page.getByRole('list', { name: 'Speakers' }).getByRole('listitem');
  await expect(speakers).toHaveText([/Ada Lovelace/]);
  await page.getByRole('tab', { name: 'Details' }).click();

  const secondPath = join(app.documentsDir, 'wg-strategy-60.minutes');
  await copyFile(REFERENCE_MEETING, secondPath);
  app.dialogs.answerNextOpen(secondPath);
  await page.keyboard.press('Control+O');
  await expect(page.getByTestId('file-name')).toHaveText('wg-strategy-60.minutes');
  await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Group short name')).toHaveValue('WG-Strategy');
  await expect(speakers).toHaveCount(22);
  await expect(speakers.first()).toContainText('Anja Gengo');
  await expect(page.getByText('Ada Lovelace')).toHaveCount(0);
  await expect(page.locator('.side-panel [aria-busy="true"]')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Agenda' }).click();
  await expect(page.getByText('Policy Brief on GDC').first()).toBeVisible();
  await expect(page.getByText('The first meeting\'s only item')).toHaveCount(0);
});
