import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeMeetingFile } from '../../../src/shared/meeting/fileFormat';
import { expect, test } from '../harness/appFixture';
import { caretToEndOfNotes } from '../harness/caret';
import { meetingSaying } from './autosaveSupport';

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
