import { join } from 'node:path';
import { expect, test, type AppHarness } from '../harness/appFixture';
import { formattedRuns, outline, saveMeeting, settle } from './richTextSupport';

async function selectBack(app: AppHarness, characters: number): Promise<void> {
  for (let i = 0; i < characters; i += 1) await app.page.keyboard.press('Shift+ArrowLeft');
}

/** Types formatted minutes with the keyboard only: emphasis, nested lists, a link by shortcut and a typed address. */
async function typeFormattedMinutes(app: AppHarness): Promise<void> {
  const { page, notes } = app;
  await notes().click();
  await page.keyboard.type('Action items');
  await selectBack(app, 'Action items'.length);
  await page.keyboard.press('Control+B');
  await page.keyboard.press('End');
  await settle(app);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('The chair ');
  await page.keyboard.press('Control+I');
  await page.keyboard.type('welcomed');
  await page.keyboard.press('Control+I');
  await page.keyboard.type(' everyone and ');
  await page.keyboard.press('Control+U');
  await page.keyboard.type('thanked');
  await page.keyboard.press('Control+U');
  await page.keyboard.type(' the hosts.');
  await page.keyboard.press('Enter');

  await page.keyboard.press('Control+Shift+8');
  await page.keyboard.type('Circulate the summary');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('to MAG members');
  await page.keyboard.press('Enter');
  await page.keyboard.type('to the Secretariat');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('Collect comments');
  await page.keyboard.press('Enter');
  // Enter in an empty item leaves the list, as in Word.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+7');
  await page.keyboard.type('Publish the report');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Leave the list');
  // The numbered-list command pressed in a numbered list takes this item out of it, and only this one.
  await page.keyboard.press('Control+Shift+7');
  await page.keyboard.press('End');
  await settle(app);
  await page.keyboard.press('Enter');

  await page.keyboard.type('Details on the IGF site');
  await selectBack(app, 'IGF site'.length);
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('dialog', { name: 'Add link' })).toBeVisible();
  await page.getByLabel('Web or e-mail address').fill('www.intgovforum.org/en');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Add link' })).toBeHidden();
  await page.keyboard.type(' and https://www.intgovforum.org/en/wg-strategy today.');
}

const EXPECTED_OUTLINE = [
  'Action items',
  'The chair welcomed everyone and thanked the hosts.',
  '* Circulate the summary',
  '  * to MAG members',
  '  * to the Secretariat',
  '* Collect comments',
  '1. Publish the report',
  'Leave the list',
  'Details on the [IGF site](https://www.intgovforum.org/en) and [https://www.intgovforum.org/en/wg-strategy](https://www.intgovforum.org/en/wg-strategy) today.',
];

test('bold, italic, underline, nested lists and links by keyboard, saved as the report needs them', async ({ app }) => {
  await typeFormattedMinutes(app);
  await expect(app.notes().locator('strong')).toHaveText(['Action items']);
  await expect(app.notes().locator('ul li.notes-li--nested li')).toHaveText(['to MAG members', 'to the Secretariat']);
  await expect(app.notes().locator('a')).toHaveCount(2);
  await app.page.screenshot({ path: join(__dirname, '../../../.tmp/screenshots/rich-text.png') });

  const saved = await saveMeeting(app, 'formatted.minutes');
  expect(outline(saved.notes)).toEqual(EXPECTED_OUTLINE);
  expect(formattedRuns(saved.notes)).toEqual(['Action items|1', 'welcomed|2', 'thanked|8']);
  const links = JSON.stringify(saved.notes);
  expect(links).toContain('"type":"autolink"');
});

test('undo takes back every kind of edit, and redo restores them all', async ({ app }) => {
  const { page, notes } = app;
  await typeFormattedMinutes(app);
  const finished = await notes().innerHTML();
  await expect.poll(async () => {
    await page.keyboard.press('Control+Z');
    return notes().textContent();
  }, { timeout: 30_000, intervals: [0] }).toBe('');
  await expect.poll(async () => {
    await page.keyboard.press('Control+Shift+Z');
    return notes().innerHTML();
  }, { timeout: 30_000, intervals: [0] }).toBe(finished);
  const saved = await saveMeeting(app, 'redone.minutes');
  expect(outline(saved.notes)).toEqual(EXPECTED_OUTLINE);
});

test('the toolbar runs the same commands as the shortcuts without taking the caret out of the notes', async ({ app }) => {
  const { page, notes } = app;
  await notes().click();
  await page.keyboard.type('Decision');
  await selectBack(app, 'Decision'.length);
  await page.getByRole('button', { name: 'Bold' }).click();
  await page.getByRole('button', { name: 'Italic' }).click();
  await page.keyboard.press('End');
  await settle(app);
  await page.getByRole('button', { name: 'Bulleted List' }).click();
  // Typing on continues in the format at the caret, as in Word.
  await page.keyboard.type(' taken');
  await expect(notes().locator('ul > li')).toHaveText(['Decision taken']);
  await expect(notes()).toBeFocused();
  const saved = await saveMeeting(app, 'toolbar.minutes');
  expect(outline(saved.notes)).toEqual(['* Decision taken']);
  expect(formattedRuns(saved.notes)).toEqual(['Decision taken|3']);
});
