import { commands } from '../../../src/shared/commands/registry';
import { expect, test } from '../harness/appFixture';

test('every command of the registry runs from the native menu without an error', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.getByRole('button', { name: 'Paste agenda' }).click();
  await page.getByLabel(/Agenda text/).fill('1) Opening (Chris Buckridge)\n2) AoB');
  await page.getByRole('button', { name: 'Add 2 items' }).click();
  await app.notes().locator('p').first().click();
  await page.keyboard.type('Some notes.');
  for (const command of commands) {
    // File dialogs are answered with Cancel, so no command leaves the test's folder.
    app.dialogs.answerNextOpen(null);
    app.dialogs.answerNextSave(null);
    app.dialogs.answerNextExport(null);
    await app.emit('menuCommand', { commandId: command.id });
    await page.waitForTimeout(50);
    await expect(page.getByTestId('error-banner'), command.id).toHaveCount(0);
    await page.keyboard.press('Escape');
    if (await page.getByRole('dialog').count() > 0) await page.getByRole('dialog').press('Escape');
  }
});

test('a command id the registry does not know is ignored', async ({ app }) => {
  await app.emit('menuCommand', { commandId: 'file.deleteEverything' });
  await expect(app.page.getByTestId('error-banner')).toHaveCount(0);
  await expect(app.notes()).toBeVisible();
});
