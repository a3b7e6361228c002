import { expect, test } from '../harness/appFixture';
import { openMeetingFile } from './autosaveSupport';

// Blocks off screen skip layout (content-visibility), so moving to the ends of a long meeting is the editor's own work.

const SENTENCE = 'Jim Prendergast observed that the MAG controls only a share of the sessions.';
const LONG_NOTES = Array.from({ length: 1200 }, (_, i) => `${i + 1}. ${SENTENCE}`);

test('Ctrl+End and Ctrl+Home reach the very end and start of a long meeting, shown on screen; Shift extends the selection', async ({ app }) => {
  const { page } = app;
  await openMeetingFile(app, 'long.minutes', ...LONG_NOTES);
  await app.notes().locator('p').nth(3).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Last words.');
  const last = app.notes().locator('p').last();
  await expect(last).toHaveText(`1200. ${SENTENCE} Last words.`);
  await expect(last).toBeInViewport();

  await page.keyboard.press('Control+Home');
  await page.keyboard.type('First words. ');
  const first = app.notes().locator('p').first();
  await expect(first).toHaveText(`First words. 1. ${SENTENCE}`);
  await expect(first).toBeInViewport();

  await page.keyboard.press('Control+Shift+End');
  expect(await page.evaluate(() => window.getSelection()?.toString().length)).toBeGreaterThan(LONG_NOTES.join('\n').length);
  await page.keyboard.press('Delete');
  await expect(app.notes().locator('p')).toHaveText(['First words. ']);
});
