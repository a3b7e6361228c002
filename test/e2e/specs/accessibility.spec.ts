import AxeBuilder from '@axe-core/playwright';
import { copyFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test, type AppHarness } from '../harness/appFixture';

/** Serious and critical axe-core violations on the page as it is now, described for the failure message. */
async function seriousViolations(app: AppHarness): Promise<string[]> {
  const results = await new AxeBuilder({ page: app.page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')})`);
}

async function openReferenceMeeting(app: AppHarness): Promise<void> {
  const path = join(app.documentsDir, 'wg-strategy-60.minutes');
  await copyFile(resolve(__dirname, '../../fixtures/wg-strategy-60.minutes'), path);
  app.dialogs.answerNextOpen(path);
  await app.page.keyboard.press('Control+O');
  await expect(app.page).toHaveTitle('wg-strategy-60.minutes — Rapporteur');
}

test('no serious or critical accessibility violations on the main views, light and dark', async ({ app }) => {
  // axe-core audits six full views here; on a loaded two-core machine that takes more than a minute.
  test.setTimeout(240_000);
  const { page } = app;
  await openReferenceMeeting(app);
  expect(await seriousViolations(app), 'main window with agenda, notes and participants').toEqual([]);

  await page.getByRole('tab', { name: 'Details' }).click();
  expect(await seriousViolations(app), 'meeting details').toEqual([]);

  await page.getByRole('tab', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'Paste agenda' }).click();
  expect(await seriousViolations(app), 'paste agenda dialog').toEqual([]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+E');
  await expect(page.getByTestId('report-preview')).toBeVisible();
  expect(await seriousViolations(app), 'export preview').toEqual([]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+/');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(app), 'keyboard shortcuts').toEqual([]);
  await page.keyboard.press('Escape');

  await app.emit('menuCommand', { commandId: 'view.themeDark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(app), 'dark theme').toEqual([]);
});

test('the theme follows the OS until the user picks one, and the choice is remembered', async ({ app }) => {
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await app.emit('menuCommand', { commandId: 'view.themeDark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: join(__dirname, '../../../.tmp/screenshots/dark-theme.png') });
});

test('focus mode hides both panels and brings them back, from the keyboard', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('complementary', { name: 'Participants panel' })).toBeVisible();
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('complementary', { name: 'Participants panel' })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Agenda and meeting details' })).toHaveCount(0);
  await expect(app.notes()).toBeVisible();
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('complementary', { name: 'Participants panel' })).toBeVisible();
});
