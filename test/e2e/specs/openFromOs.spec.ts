import { copyFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test, type AppHarness } from '../harness/appFixture';

async function dropFile(app: AppHarness, name: string, target = 'body'): Promise<void> {
  const dataTransfer = await app.page.evaluateHandle((fileName) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['(contents are read by main from disk)'], fileName));
    return transfer;
  }, name);
  await app.page.dispatchEvent(target, 'drop', { dataTransfer });
}

test('dropping a meeting file on the window opens it', async ({ app }) => {
  await copyFile(resolve(__dirname, '../../fixtures/wg-strategy-60.minutes'), join(app.documentsDir, 'dropped.minutes'));
  await dropFile(app, 'dropped.minutes', '.notes-editor__content');
  await expect(app.page).toHaveTitle('dropped.minutes — Rapporteur');
  await expect(app.notes()).toContainText('Jim Prendergast');
});

test('a dropped file that is not a meeting is not opened, and a broken one says why', async ({ app }) => {
  await writeFile(join(app.documentsDir, 'broken.minutes'), '{"app":"Rapporteur"');
  await dropFile(app, 'notes.docx');
  await expect(app.page).toHaveTitle(/Untitled meeting/);
  await dropFile(app, 'broken.minutes');
  await expect(app.page.getByTestId('error-banner')).toContainText('broken.minutes');
});

test('a meeting handed over by the OS (open-file, a second launch) opens in the running window', async ({ app }) => {
  await copyFile(resolve(__dirname, '../../fixtures/wg-strategy-60.minutes'), join(app.documentsDir, 'from-os.minutes'));
  const result = await app.page.evaluate(() => (window as unknown as { rapporteur: { openDroppedMeeting(file: { name: string }): Promise<unknown> } }).rapporteur.openDroppedMeeting({ name: 'from-os.minutes' }));
  await app.emit('meetingOpenedFromOs', result as never);
  await expect(app.page).toHaveTitle('from-os.minutes — Rapporteur');
});
