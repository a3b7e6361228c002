import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../harness/appFixture';
import { draftNames, draftText, openMeetingFile, recoveryText, status, typeAtEnd } from './autosaveSupport';

// Each save-status state, with the disk really (or by injected fault) in the
// state the status reports, and saving resuming by itself once it is fixed.

test('an open file saves itself within a second of typing, without Save, and says when', async ({ app }) => {
  const path = await openMeetingFile(app, 'wg.minutes', 'Opening remarks.');
  // Opening is not editing: the file is not rewritten.
  const opened = await stat(path);
  await app.page.waitForTimeout(1200);
  expect((await stat(path)).mtimeMs).toBe(opened.mtimeMs);
  await typeAtEnd(app, ' Chris gave an update.');
  await expect.poll(() => readFile(path, 'utf8'), { timeout: 2000 }).toContain('Chris gave an update.');
  await expect(status(app)).toHaveText(/^Saved (just now|\d+ s ago)$/);
  // The exact time is the hover tooltip's, written when the pointer comes onto the status.
  await expect(status(app)).not.toHaveAttribute('title');
  await status(app).hover();
  await expect(status(app)).toHaveAttribute('title', /^Saved at \d/);
  // While the pointer stays there (the caret is still in the notes), the tooltip follows the next save.
  const firstTitle = await status(app).getAttribute('title');
  await app.page.waitForTimeout(1100);
  await app.page.keyboard.type(' Then a question.');
  await expect.poll(() => status(app).getAttribute('title'), { timeout: 3000 }).not.toBe(firstTitle);
  await expect(status(app)).toHaveAttribute('title', /^Saved at \d/);
  await expect(app.page).toHaveTitle('wg.minutes — Rapporteur');
});

test('"Saving…" shows while a save is slow, then "Saved"', async ({ app }) => {
  const path = await openMeetingFile(app, 'slow.minutes', 'Start.');
  const release = app.holdRequests('autosaveMeeting');
  await typeAtEnd(app, ' Typed on a slow share.');
  await expect(status(app)).toHaveText('Saving…');
  release();
  await expect(status(app)).toHaveText(/^Saved/);
  // Keys typed while the first save was held follow in the next one, within the maximum wait.
  await expect.poll(() => readFile(path, 'utf8'), { timeout: 2000 }).toContain('Typed on a slow share.');
});

test('a slow disk: the notes reach recovery at once, "Saving…" shows, then "Saved" by itself', async ({ app }) => {
  const path = await openMeetingFile(app, 'slow-disk.minutes', 'Start.');
  const release = app.faults.holdWritesUnder(app.documentsDir);
  await typeAtEnd(app, ' Typed while the disk was slow.');
  await expect(status(app)).toHaveText('Saving…');
  await expect.poll(() => recoveryText(app)).toContain('Typed while the disk was slow.');
  expect(await readFile(path, 'utf8')).not.toContain('Typed while the disk was slow.');
  release();
  await expect(status(app)).toHaveText(/^Saved/, { timeout: 6000 });
  expect(await readFile(path, 'utf8')).toContain('Typed while the disk was slow.');
});

test('"Not saved" with the reason and what to do when Save As cannot write', async ({ app }) => {
  await app.notes().click();
  await app.page.keyboard.type('Notes kept in their draft.');
  app.dialogs.answerNextSave(join(app.documentsDir, 'gone', 'x.minutes'));
  await app.page.keyboard.press('Control+Shift+S');
  await expect(status(app)).toContainText('Not saved: The folder of "x.minutes" is no longer there (was a drive or network share disconnected?): reconnect it or use Save As');
  await expect.poll(() => draftText(app)).toContain('Notes kept in their draft.');
});

test('an untitled meeting is kept as a draft in the app data folder, and New keeps it without asking', async ({ app }) => {
  const { page } = app;
  await app.notes().click();
  await page.keyboard.type('Untitled but safe.');
  await expect(status(app)).toHaveText(/^Kept as a draft .*: Save to choose a file$/);
  const drafts = await draftNames(app);
  expect(drafts).toHaveLength(1);
  // The status can first come from a save made while the words were still being typed.
  await expect.poll(() => draftText(app)).toContain('Untitled but safe.');
  page.on('dialog', () => { throw new Error('New must not ask anything'); });
  await page.keyboard.press('Control+N');
  await expect(app.notes()).toHaveText('');
  expect(await draftNames(app)).toEqual(drafts);
});

test('a full disk: "Kept in recovery only" with the reason, the file untouched, and saving resumes by itself', async ({ app }) => {
  const path = await openMeetingFile(app, 'full.minutes', 'Saved before the disk filled up.');
  const before = await readFile(path);
  app.faults.failWritesUnder(app.documentsDir, 'ENOSPC');
  await typeAtEnd(app, ' Typed on a full disk.');
  await expect(status(app)).toContainText('Kept in recovery only: The disk is full, so "full.minutes" was not saved: free some space');
  await expect(app.page).toHaveTitle(/^• full\.minutes/);
  expect(await readFile(path)).toEqual(before);
  await expect.poll(() => recoveryText(app)).toContain('Typed on a full disk.');
  app.faults.clear();
  await expect(status(app)).toHaveText(/^Saved/, { timeout: 6000 });
  expect(await readFile(path, 'utf8')).toContain('Typed on a full disk.');
});

test('a folder that is gone (a removed stick): the status says so, and saving resumes when it is back', async ({ app }) => {
  const stick = join(app.documentsDir, 'STICK');
  await mkdir(stick);
  const path = await openMeetingFile(app, join(stick, 'notes.minutes'), 'On the stick.');
  await rm(stick, { recursive: true });
  await typeAtEnd(app, ' Typed after the stick was pulled.');
  await expect(status(app)).toContainText('Kept in recovery only: The folder of "notes.minutes" is no longer there');
  await expect.poll(() => recoveryText(app)).toContain('Typed after the stick was pulled.');
  await mkdir(stick);
  await expect(status(app)).toHaveText(/^Saved/, { timeout: 6000 });
  expect(await readFile(path, 'utf8')).toContain('Typed after the stick was pulled.');
});

test('a write-protected file: "Read-only" with what to do, notes in recovery; saving resumes once it is writable', async ({ app }) => {
  const path = await openMeetingFile(app, 'protected.minutes', 'Protected minutes.');
  await chmod(path, 0o444);
  const before = await readFile(path);
  await typeAtEnd(app, ' Typed into a read-only file.');
  await expect(status(app)).toContainText('Read-only: "protected.minutes" cannot be written there');
  await expect(status(app)).toContainText('use Save As');
  expect(await readFile(path)).toEqual(before);
  await expect.poll(() => recoveryText(app)).toContain('Typed into a read-only file.');
  await chmod(path, 0o644);
  await expect(status(app)).toHaveText(/^Saved/, { timeout: 6000 });
  expect(await readFile(path, 'utf8')).toContain('Typed into a read-only file.');
});

test('"Not saved anywhere" when even the recovery store fails: loud, and quitting asks', async ({ app }) => {
  await openMeetingFile(app, 'doomed.minutes', 'Start.');
  app.faults.failWritesUnder(app.documentsDir, 'ENOSPC');
  app.faults.failWritesUnder(app.userDataDir, 'ENOSPC');
  await typeAtEnd(app, ' Only on screen.');
  await expect(status(app)).toContainText('Not saved anywhere: Your latest changes are only on screen');
  await expect(app.page.getByTestId('not-saved-banner')).toBeVisible();
  await app.emit('flushBeforeQuit', {});
  await expect.poll(() => app.quitReports.at(-1)).toMatchObject({ safe: false, message: expect.stringContaining('only on screen') });
  app.faults.clear();
  await expect(status(app)).toHaveText(/^Saved/, { timeout: 6000 });
  await expect(app.page.getByTestId('not-saved-banner')).toHaveCount(0);
  await app.emit('flushBeforeQuit', {});
  await expect.poll(() => app.quitReports.at(-1)).toEqual({ safe: true });
});

test('a damaged preferences file is told once, and the notice survives opening a meeting', async ({ app }) => {
  const page = await app.restart({ startupNotices: ['Your preferences file was damaged, so Rapporteur started with default preferences; the damaged file was kept as config.corrupt-x.json.'] });
  await expect(page.getByTestId('app-notice-banner')).toContainText('preferences file was damaged');
  await openMeetingFile(app, 'after.minutes', 'x');
  await expect(page.getByTestId('app-notice-banner')).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(page.getByTestId('app-notice-banner')).toHaveCount(0);
  const again = await app.restart();
  await expect(again.getByTestId('app-notice-banner')).toHaveCount(0);
});
