import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeMeetingFile } from '../../../src/shared/meeting/fileFormat';
import { isTempFileName } from '../../../src/main/services/safeWrite';
import { expect, test, type AppHarness } from '../harness/appFixture';
import { meetingSaying, openMeetingFile, status, typeAtEnd } from './autosaveSupport';

// The file changed on disk (a sync client, a colleague): noticed before the
// next write, never overwritten silently, and the user chooses.

async function changedByAnotherProgram(app: AppHarness): Promise<string> {
  const path = await openMeetingFile(app, 'shared.minutes', 'Our minutes.');
  await writeFile(path, serializeMeetingFile(meetingSaying('Their minutes, from the sync client.')));
  await typeAtEnd(app, ' Mine, typed since.');
  await expect(app.page.getByRole('alertdialog', { name: '“shared.minutes” was changed by another program.' })).toBeVisible();
  // It takes no focus: typing goes on into the notes.
  await expect(app.notes()).toBeFocused();
  await expect(status(app)).toContainText('Kept in recovery only: "shared.minutes" was changed by another program');
  expect(await readFile(path, 'utf8')).toContain('Their minutes');
  return path;
}

async function versionFiles(app: AppHarness): Promise<string[]> {
  const root = join(app.userDataDir, 'versions');
  const files: string[] = [];
  for (const key of await readdir(root).catch(() => [] as string[])) {
    // A version is written to a temporary file first, then renamed.
    for (const name of (await readdir(join(root, key))).filter((n) => !isTempFileName(n))) {
      files.push(await readFile(join(root, key, name), 'utf8'));
    }
  }
  return files;
}

test('keep mine: their file is kept as a version, then mine is saved', async ({ app }) => {
  const path = await changedByAnotherProgram(app);
  await app.page.getByRole('button', { name: 'Keep mine' }).click();
  await expect.poll(() => readFile(path, 'utf8')).toContain('Mine, typed since.');
  await expect(status(app)).toHaveText(/^Saved/);
  expect((await versionFiles(app)).some((text) => text.includes('Their minutes, from the sync client.'))).toBe(true);
});

test('load theirs: their file comes into the editor, mine is kept as a version', async ({ app }) => {
  const path = await changedByAnotherProgram(app);
  await app.page.getByRole('button', { name: 'Load theirs' }).click();
  await expect(app.notes()).toHaveText('Their minutes, from the sync client.');
  await expect(app.page.getByTestId('notice-banner')).toContainText('Your version was kept');
  expect((await versionFiles(app)).some((text) => text.includes('Mine, typed since.'))).toBe(true);
  await typeAtEnd(app, ' Edited after loading theirs.');
  await expect.poll(() => readFile(path, 'utf8')).toContain('Edited after loading theirs.');
});

test('save mine as a copy: the copy gets mine, their file stays theirs', async ({ app }) => {
  const path = await changedByAnotherProgram(app);
  const copy = join(app.documentsDir, 'shared (mine).minutes');
  app.dialogs.answerNextSave(copy);
  await app.page.getByRole('button', { name: 'Save mine as a copy…' }).click();
  await expect(app.page.getByTestId('file-name')).toHaveText('shared (mine).minutes');
  expect(await readFile(copy, 'utf8')).toContain('Mine, typed since.');
  expect(await readFile(path, 'utf8')).toContain('Their minutes');
  expect(await readFile(path, 'utf8')).not.toContain('Mine, typed since.');
  await typeAtEnd(app, ' More.');
  await expect.poll(() => readFile(copy, 'utf8')).toContain('More.');
  expect(await readFile(path, 'utf8')).not.toContain('More.');
});

test('opening the file that is already open keeps it, edits and all', async ({ app }) => {
  const path = await openMeetingFile(app, 'once.minutes', 'Opened once.');
  await typeAtEnd(app, ' Edited.');
  app.dialogs.answerNextOpen(join(app.documentsDir, '.', 'once.minutes'));
  await app.page.keyboard.press('Control+O');
  await expect(app.page.getByTestId('notice-banner')).toContainText('“once.minutes” is already open.');
  await expect(app.notes()).toHaveText('Opened once. Edited.');
  await expect.poll(() => readFile(path, 'utf8')).toContain('Edited.');
});

test('"Decide later" hides the question while typing goes on; Save asks again', async ({ app }) => {
  const path = await changedByAnotherProgram(app);
  await app.page.getByRole('button', { name: 'Decide later' }).click();
  await expect(app.page.getByTestId('external-change')).toHaveCount(0);
  await typeAtEnd(app, ' Still typing.');
  await app.page.waitForTimeout(1500);
  await expect(app.page.getByTestId('external-change')).toHaveCount(0);
  await expect(status(app)).toContainText('was changed by another program');
  expect(await readFile(path, 'utf8')).not.toContain('Still typing.');
  await app.page.keyboard.press('Control+S');
  await expect(app.page.getByTestId('external-change')).toBeVisible();
});
