import { expect, test } from '../harness/appFixture';
import { openMeeting, openNewerVersionMeeting, paragraph, settle, text } from './richTextSupport';
import { rightClick } from './spellingSupport';

// React listens for every event on each element it renders into (its root and its portals' containers). The notes'
// editable element is in none of them, so a keystroke's events reach Lexical without React's dispatch (docs/performance.md).
const reactContainers = (page: import('@playwright/test').Page) => page.evaluate(() => {
  const notes = document.querySelector('[aria-label="Meeting notes"]');
  return [...document.querySelectorAll('.layout-slot')].map((slot) => ({ id: slot.id, holdsNotes: slot.contains(notes), filled: slot.childElementCount > 0 }));
});

test('the notes are outside every element React renders into, and the panels, toolbar and menus still fill the layout', async ({ app }) => {
  const { page } = app;
  await openMeeting(app, [{ id: 'a1', title: 'Opening' }], [paragraph(text('Jim observed that teh draft was late.'))]);
  const containers = await reactContainers(page);
  expect(containers.map((slot) => slot.id).sort()).toEqual(['format-toolbar-slot', 'left-panel-slot', 'notes-editor-slot', 'overlays-slot', 'right-panel-slot', 'root']);
  expect(containers.filter((slot) => slot.holdsNotes)).toEqual([]);
  await expect(page.getByRole('complementary', { name: 'Agenda and meeting details' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Participants panel' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notes' }).getByRole('textbox', { name: 'Meeting notes' })).toBeVisible();

  // The context menu is React's too: it opens in the overlays' slot, never in document.body (above the notes).
  await rightClick(app, 'teh');
  await expect(page.locator('#overlays-slot > .context-menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.context-menu')).toHaveCount(0);

  await app.notes().getByText('draft was late').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Agreed.');
  await expect(app.notes().locator('p').first()).toHaveText('Jim observed that teh draft was late. Agreed.');
});

test('each opened meeting gets one fresh editable element, which a read-only meeting makes read-only', async ({ app }) => {
  const { page } = app;
  await openMeeting(app, [], [paragraph(text('First meeting.'))]);
  await openNewerVersionMeeting(app, [paragraph(text('Written by a newer version.'))]);
  await expect(page.locator('[aria-label="Meeting notes"]')).toHaveCount(1);
  await expect(app.notes()).toHaveText('Written by a newer version.');
  await expect(app.notes()).toHaveAttribute('contenteditable', 'false');
  await expect(app.notes()).toHaveAttribute('aria-readonly', 'true');
  await expect(app.notes()).toHaveAttribute('tabindex', '-1');

  await page.keyboard.press('Control+N');
  await expect(page.locator('[aria-label="Meeting notes"]')).toHaveCount(1);
  await expect(app.notes()).toHaveAttribute('contenteditable', 'true');
  await expect(app.notes()).not.toHaveAttribute('aria-readonly', /.*/);
  await app.notes().click();
  await page.keyboard.type('A new meeting.');
  await settle(app);
  await expect(app.notes()).toHaveText('A new meeting.');
});

// The row's edit, move and delete buttons show on hover or keyboard focus. Until then their icons are not drawn
// (drawn under opacity 0, Chromium re-layered them on every frame of typing), yet the buttons stay in the Tab order.
test('an agenda row draws its action icons only while hovered or holding focus, and Tab still reaches its buttons', async ({ app }) => {
  const { page } = app;
  await openMeeting(app, [{ id: 'a1', title: 'Opening' }, { id: 'a2', title: 'Any other business' }], [paragraph(text('Notes.'))]);
  const rows = page.locator('.agenda-row');
  const iconVisibility = (row: number) => rows.nth(row).locator('.agenda-row__actions .icon')
    .evaluateAll((icons) => [...new Set(icons.map((icon) => getComputedStyle(icon).visibility))]);
  await expect.poll(() => iconVisibility(0)).toEqual(['hidden']);
  expect(await iconVisibility(1)).toEqual(['hidden']);

  await rows.nth(0).locator('.agenda-row__go').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Edit .*Opening/ })).toBeFocused();
  expect(await iconVisibility(0)).toEqual(['visible']);
  expect(await iconVisibility(1)).toEqual(['hidden']);

  await app.notes().click();
  await rows.nth(1).hover();
  await expect.poll(() => iconVisibility(1)).toEqual(['visible']);
  expect(await iconVisibility(0)).toEqual(['hidden']);
  await page.getByRole('button', { name: /^Move .*Any other business up/ }).click();
  await expect(rows.nth(0).locator('.agenda-row__go')).toContainText('Any other business');
});
