import { copyFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test, type AppHarness } from '../e2e/harness/appFixture';

const SHOTS = resolve(__dirname, '../../docs/screenshots');
const REFERENCE_AGENDA = `1) Outcomes and results of the II Open Consultations and MAG meeting
 a. Update on the IGF LP meetings (Timea Suto, Ross Creelman)
2) [Policy Brief on GDC](https://example.org/policy-brief)
3) Convening a public discussion on GDC and WSIS+20 review
4) Update from the IGF Secretariat
5) AoB`;

async function openReference(app: AppHarness): Promise<void> {
  const path = join(app.documentsDir, 'WG-Strategy Online Meeting 60.minutes');
  await copyFile(resolve(__dirname, '../fixtures/wg-strategy-60.minutes'), path);
  app.dialogs.answerNextOpen(path);
  await app.page.keyboard.press('Control+O');
  await expect(app.page).toHaveTitle(/WG-Strategy Online Meeting 60/);
}

test('the main window during a call', async ({ app }) => {
  await openReference(app);
  await app.page.getByRole('button', { name: /^2\. Policy Brief on GDC/ }).click();
  await app.page.screenshot({ path: join(SHOTS, 'main-window.png') });
});

test('preparing the agenda', async ({ app }) => {
  await app.page.getByRole('button', { name: 'Paste agenda' }).click();
  await app.page.getByLabel(/Agenda text/).fill(REFERENCE_AGENDA);
  await app.page.screenshot({ path: join(SHOTS, 'paste-agenda.png') });
});

test('the export preview', async ({ app }) => {
  await openReference(app);
  await app.page.keyboard.press('Control+E');
  await expect(app.page.getByTestId('report-preview')).toBeVisible();
  await app.page.screenshot({ path: join(SHOTS, 'export-preview.png') });
});

test('keyboard shortcuts', async ({ app }) => {
  await app.page.keyboard.press('Control+/');
  await app.page.screenshot({ path: join(SHOTS, 'keyboard-shortcuts.png') });
});

test('dark theme and focus mode', async ({ app }) => {
  await openReference(app);
  await app.emit('menuCommand', { commandId: 'view.themeDark' });
  await app.page.keyboard.press('Control+Shift+F');
  await app.page.screenshot({ path: join(SHOTS, 'focus-mode-dark.png') });
});
