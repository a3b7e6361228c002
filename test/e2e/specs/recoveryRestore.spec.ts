import { readFile } from 'node:fs/promises';
import { expect, test } from '../harness/appFixture';
import { draftText, openMeetingFile, recoveryText, status, TIME, typeAtEnd } from './autosaveSupport';

// After a crash (the page and the main process go without flushing; a new main
// process starts on the same data folder) the app reopens what was open and
// offers what the recovery store holds that is newer than the file.

test('after a crash the file reopens, the newer notes are offered with their time, and Restore brings them back into the file', async ({ app }) => {
  const path = await openMeetingFile(app, 'wg.minutes', 'Saved before the crash.');
  app.faults.failWritesUnder(app.documentsDir, 'ENOSPC');
  await typeAtEnd(app, ' Typed while the file could not be written.');
  await expect(status(app)).toContainText('Kept in recovery only');
  await expect.poll(() => recoveryText(app)).toContain('Typed while the file could not be written.');

  // The crash comes while the disk is still full; it is freed before the user restores.
  const page = await app.restart();
  await expect(page.getByTestId('file-name')).toHaveText('wg.minutes');
  await expect(app.notes()).toHaveText('Saved before the crash.');
  const dialog = page.getByRole('dialog', { name: 'Recovered notes' });
  const offer = dialog.getByTestId('recovery-offer');
  await expect(offer).toContainText('wg.minutes');
  await expect(offer).toContainText(new RegExp(`Notes from ${TIME}, 12 words, not in the file \\(the file was last saved ${TIME}\\)`));
  app.faults.clear();
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(app.notes()).toHaveText('Saved before the crash. Typed while the file could not be written.');
  await expect(page.getByTestId('notice-banner')).toContainText(new RegExp(`Restored the notes kept in recovery at ${TIME}`));
  await expect.poll(() => readFile(path, 'utf8'), { timeout: 3000 }).toContain('Typed while the file could not be written.');
  await expect(status(app)).toHaveText(/^Saved/);

  // Restored and saved: nothing is offered again.
  const next = await app.restart();
  await expect(app.notes()).toHaveText('Saved before the crash. Typed while the file could not be written.');
  await expect(next.getByRole('dialog', { name: 'Recovered notes' })).toHaveCount(0);
});

test('an untitled meeting comes back after a crash, from its draft, without a question', async ({ app }) => {
  await app.notes().click();
  await app.page.keyboard.type('Untitled notes typed just before the crash.');
  await expect(status(app)).toHaveText(/^Kept as a draft/);
  // A crash loses at most the last second: wait until that second has passed.
  await expect.poll(() => draftText(app)).toContain('just before the crash.');
  const page = await app.restart();
  await expect(app.notes()).toHaveText('Untitled notes typed just before the crash.');
  await expect(page.getByTestId('file-name')).toHaveText('Untitled meeting');
  await expect(page.getByRole('dialog', { name: 'Recovered notes' })).toHaveCount(0);
});

test('a draft left by New is offered at the next start; Discard removes it after asking', async ({ app }) => {
  await app.notes().click();
  await app.page.keyboard.type('A first untitled meeting.');
  await expect.poll(() => draftText(app)).toContain('A first untitled meeting.');
  await app.page.keyboard.press('Control+N');
  await expect(app.notes()).toHaveText('');
  const page = await app.restart();
  const offer = page.getByRole('dialog', { name: 'Recovered notes' }).getByTestId('recovery-offer');
  await expect(offer).toContainText('Untitled meeting kept as a draft, last changed');
  await expect(offer).toContainText('4 words');
  page.once('dialog', (question) => void question.accept());
  await offer.getByRole('button', { name: 'Discard…' }).click();
  await expect(page.getByRole('dialog', { name: 'Recovered notes' })).toHaveCount(0);
  const again = await app.restart();
  await expect(again.getByRole('dialog', { name: 'Recovered notes' })).toHaveCount(0);
});
