import { readFile } from 'node:fs/promises';
import { expect, test } from '../harness/appFixture';
import { openMeetingFile, status, TIME, typeAtEnd } from './autosaveSupport';

// File › Restore Previous Version…: the versions with times and word counts,
// restored into the open meeting, and the restore itself undoable.

test('restore a previous version into the open meeting, then undo the restore from the same list', async ({ app }) => {
  const { page } = app;
  const path = await openMeetingFile(app, 'versions.minutes', 'First draft of the minutes.');
  // Closing a meeting keeps a version of it.
  await page.keyboard.press('Control+N');
  await expect(page.getByTestId('file-name')).toHaveText('Untitled meeting');
  app.dialogs.answerNextOpen(path);
  await page.keyboard.press('Control+O');
  await expect(page.getByTestId('file-name')).toHaveText('versions.minutes');
  await typeAtEnd(app, ' Then a paragraph that turned out wrong.');
  await expect.poll(() => readFile(path, 'utf8')).toContain('turned out wrong');

  await app.emit('menuCommand', { commandId: 'file.restoreVersion' });
  const dialog = page.getByRole('dialog', { name: 'Restore previous version' });
  const versions = dialog.getByTestId('version');
  await expect(versions).toHaveCount(1);
  await expect(versions.nth(0)).toContainText(new RegExp(TIME));
  await expect(versions.nth(0)).toContainText('5 words');
  await versions.nth(0).getByRole('button', { name: 'Restore' }).click();
  await expect(app.notes()).toHaveText('First draft of the minutes.');
  await expect(page.getByTestId('notice-banner')).toContainText(new RegExp(`Restored the version of ${TIME}.*undoes this`));
  await expect.poll(() => readFile(path, 'utf8')).not.toContain('turned out wrong');

  // The notes as they were before the restore are a version too: restoring it undoes the restore.
  await app.emit('menuCommand', { commandId: 'file.restoreVersion' });
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText('12 words · before a restore');
  await versions.nth(0).getByRole('button', { name: 'Restore' }).click();
  await expect(app.notes()).toHaveText('First draft of the minutes. Then a paragraph that turned out wrong.');
  await expect.poll(() => readFile(path, 'utf8')).toContain('turned out wrong');
});

test('a meeting without versions yet says when they will come', async ({ app }) => {
  await app.emit('menuCommand', { commandId: 'file.restoreVersion' });
  await expect(app.page.getByRole('dialog', { name: 'Restore previous version' })).toContainText('No versions yet');
});

test('an import keeps a version of the meeting first', async ({ app }) => {
  await openMeetingFile(app, 'import.minutes', 'Notes before the agenda was pasted.');
  await app.emit('menuCommand', { commandId: 'agenda.paste' });
  await expect(app.page.getByRole('dialog', { name: 'Paste agenda' })).toBeVisible();
  await app.page.keyboard.press('Escape');
  await app.emit('menuCommand', { commandId: 'file.restoreVersion' });
  const versions = app.page.getByRole('dialog', { name: 'Restore previous version' }).getByTestId('version');
  await expect(versions).toHaveCount(1);
  await expect(versions.nth(0)).toContainText('6 words · before an import');
});
