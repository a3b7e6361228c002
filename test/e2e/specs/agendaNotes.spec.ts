import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type AppHarness } from '../harness/appFixture';

const REFERENCE_AGENDA = `- 1) Outcomes and results of the II Open Consultations and MAG meeting
 - a. Update on the IGF LP meetings (Timea Suto, Ross Creelman)
- 2) [Policy Brief on GDC](#)
- 3) [Convening a public discussion on GDC and WSIS+20 review](#)
- 4) Update from the IGF Secretariat
- 5) AoB`;

const headings = (app: AppHarness) => app.notes().locator('.agenda-heading__text');
const rows = (app: AppHarness) => app.page.getByRole('list', { name: 'Agenda items' }).locator('.agenda-row__label');

async function pasteReferenceAgenda(app: AppHarness): Promise<void> {
  await app.page.getByRole('button', { name: 'Paste agenda' }).click();
  await app.page.getByLabel(/Agenda text/).fill(REFERENCE_AGENDA);
  await expect(app.page.getByText('Add Timea Suto as a participant')).toBeVisible();
  await app.page.getByRole('button', { name: 'Add 5 items' }).click();
}

/** The notes' top-level blocks in order: headings as "# label", paragraphs as their text. */
async function outline(app: AppHarness): Promise<string[]> {
  // Lexical adds <img> caret helpers next to block decorators; they are not content.
  return app.notes().evaluate((root) => [...root.children].filter((child) => child.tagName !== 'IMG').map((child) => {
    const heading = child.querySelector('.agenda-heading__text');
    return heading ? `# ${heading.textContent}` : (child.textContent ?? '');
  }));
}

test('the agenda drives the notes: paste, navigate, reorder, guard headings, undo, delete, save and reopen', async ({ app }) => {
  const { page } = app;
  await pasteReferenceAgenda(app);
  await expect(rows(app)).toHaveText([
    '1. Outcomes and results of the II Open Consultations and MAG meeting',
    'a. Update on the IGF LP meetings',
    '2. Policy Brief on GDC',
    '3. Convening a public discussion on GDC and WSIS+20 review',
    '4. Update from the IGF Secretariat',
    '5. AoB',
  ]);
  await expect(page.getByRole('list', { name: 'Agenda items' }).locator('.agenda-row__presenters')).toHaveText(' (Timea, Ross)');
  await expect(page.getByRole('list', { name: 'Agenda items' }).locator('.agenda-row__link')).toHaveCount(2);
  await expect(headings(app)).toHaveCount(6);

  await app.notes().locator('p').first().click();
  await page.keyboard.press('Control+Alt+ArrowDown');
  await page.keyboard.type('Chris gave an update on the II Open Consultations and MAG meeting.');
  await page.keyboard.press('Control+Alt+ArrowDown');
  await page.keyboard.type('Timea gave an informal update on the LP discussions.');
  await page.keyboard.press('Control+Alt+ArrowDown');
  await page.keyboard.type('Valeria Betancourt gave an update on the Ministerial Meeting.');
  await expect(page.locator('.agenda-row--current .agenda-row__label')).toHaveText('2. Policy Brief on GDC');
  const typed = [
    '', '# 1. Outcomes and results of the II Open Consultations and MAG meeting', 'Chris gave an update on the II Open Consultations and MAG meeting.',
    '# a. Update on the IGF LP meetings', 'Timea gave an informal update on the LP discussions.',
    '# 2. Policy Brief on GDC', 'Valeria Betancourt gave an update on the Ministerial Meeting.',
    '# 3. Convening a public discussion on GDC and WSIS+20 review', '# 4. Update from the IGF Secretariat', '# 5. AoB',
  ];
  await expect.poll(() => outline(app)).toEqual(typed);

  // Reorder items 2 and 3 from the panel with the keyboard: headings and notes move together, numbers follow.
  await page.getByRole('button', { name: /^2\. Policy Brief on GDC/ }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  const reordered = [
    '', '# 1. Outcomes and results of the II Open Consultations and MAG meeting', 'Chris gave an update on the II Open Consultations and MAG meeting.',
    '# a. Update on the IGF LP meetings', 'Timea gave an informal update on the LP discussions.',
    '# 2. Convening a public discussion on GDC and WSIS+20 review', '# 3. Policy Brief on GDC', 'Valeria Betancourt gave an update on the Ministerial Meeting.',
    '# 4. Update from the IGF Secretariat', '# 5. AoB',
  ];
  await expect.poll(() => outline(app)).toEqual(reordered);
  await expect(rows(app).nth(2)).toHaveText('2. Convening a public discussion on GDC and WSIS+20 review');

  // One undo in the editor takes the reorder back, agenda and notes alike.
  await app.notes().getByText('Chris gave an update').click();
  await page.keyboard.press('Control+Z');
  await expect.poll(() => outline(app)).toEqual(typed);
  await expect(rows(app).nth(2)).toHaveText('2. Policy Brief on GDC');
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => outline(app)).toEqual(reordered);

  // Backspace at the start of a section stops at the heading.
  await app.notes().getByText('Timea gave an informal update').click({ position: { x: 1, y: 8 } });
  // The editor has taken the new caret position once the panel shows the section it is in.
  await expect(page.locator('.agenda-row--current .agenda-row__label')).toHaveText('a. Update on the IGF LP meetings');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect.poll(() => outline(app)).toEqual(reordered);

  // Select all + Delete empties the notes but keeps every heading in agenda order; undo brings the notes back.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await outline(app)).filter((line) => line.startsWith('# '))).toEqual(reordered.filter((line) => line.startsWith('# ')));
  await expect(app.notes()).not.toContainText('Chris gave an update');
  await page.keyboard.press('Control+Z');
  await expect.poll(() => outline(app)).toEqual(reordered);

  // Deleting an item with notes asks first, and keeps its notes under the item before it.
  await page.locator('.agenda-row', { hasText: 'a. Update on the IGF LP meetings' }).hover();
  await page.getByRole('button', { name: 'Delete a. Update on the IGF LP meetings' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('This item has notes');
  await dialog.getByRole('button', { name: 'Move notes and delete' }).click();
  const afterDelete = [
    '', '# 1. Outcomes and results of the II Open Consultations and MAG meeting', 'Chris gave an update on the II Open Consultations and MAG meeting.',
    'Timea gave an informal update on the LP discussions.',
    '# 2. Convening a public discussion on GDC and WSIS+20 review', '# 3. Policy Brief on GDC', 'Valeria Betancourt gave an update on the Ministerial Meeting.',
    '# 4. Update from the IGF Secretariat', '# 5. AoB',
  ];
  await expect.poll(() => outline(app)).toEqual(afterDelete);

  await page.screenshot({ path: join(__dirname, '../../../.tmp/screenshots/agenda-notes.png') });

  const file = join(app.documentsDir, 'agenda.minutes');
  app.dialogs.answerNextSave(file);
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  const saved = JSON.parse(await readFile(file, 'utf8'));
  expect(saved.meeting.agenda.map((item: { title: string }) => item.title)).toEqual([
    'Outcomes and results of the II Open Consultations and MAG meeting', 'Convening a public discussion on GDC and WSIS+20 review',
    'Policy Brief on GDC', 'Update from the IGF Secretariat', 'AoB',
  ]);
  expect(saved.meeting.notes.root.$).toBeUndefined();

  await page.keyboard.press('Control+N');
  await expect(headings(app)).toHaveCount(0);
  app.dialogs.answerNextOpen(file);
  await page.keyboard.press('Control+O');
  await expect.poll(() => outline(app)).toEqual(afterDelete);
  await expect(rows(app)).toHaveCount(5);
});

test('typing "Topic:" or "#topic" with an item number or title moves to that item', async ({ app }) => {
  const { page } = app;
  await pasteReferenceAgenda(app);
  await app.notes().locator('p').first().click();
  await page.keyboard.type('Topic: 4');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The Secretariat shared updates.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('#topic policy brief');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Justine Fair also gave some updates.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Topic: nothing like this');
  await page.keyboard.press('Enter');
  await expect.poll(() => outline(app)).toEqual([
    '# 1. Outcomes and results of the II Open Consultations and MAG meeting', '# a. Update on the IGF LP meetings',
    '# 2. Policy Brief on GDC', 'Justine Fair also gave some updates.', 'Topic: nothing like this', '',
    '# 3. Convening a public discussion on GDC and WSIS+20 review',
    '# 4. Update from the IGF Secretariat', 'The Secretariat shared updates.', '# 5. AoB',
  ]);
  await expect(page.locator('.agenda-row--current .agenda-row__label')).toHaveText('2. Policy Brief on GDC');
});

test('clicking an agenda item puts the caret at the end of its section', async ({ app }) => {
  const { page } = app;
  await pasteReferenceAgenda(app);
  await page.getByRole('button', { name: /^5\. AoB/ }).click();
  await page.keyboard.type('No other business.');
  await page.getByRole('button', { name: /^1\. Outcomes/ }).click();
  await page.keyboard.type('First words.');
  await page.getByRole('button', { name: /^5\. AoB/ }).click();
  await page.keyboard.type(' Closing.');
  const lines = await outline(app);
  expect(lines.slice(0, 3)).toEqual(['','# 1. Outcomes and results of the II Open Consultations and MAG meeting', 'First words.']);
  expect(lines.slice(-2)).toEqual(['# 5. AoB', 'No other business. Closing.']);
  await expect(page.locator('.agenda-row--current .agenda-row__label')).toHaveText('5. AoB');

  // A click on a heading in the notes does the same: a heading holds no caret of its own.
  await headings(app).filter({ hasText: '1. Outcomes' }).click();
  await expect(page.locator('.agenda-row--current .agenda-row__label')).toHaveText(/^1\. Outcomes/);
  await page.keyboard.type(' More.');
  await expect.poll(async () => (await outline(app)).slice(1, 3)).toEqual(['# 1. Outcomes and results of the II Open Consultations and MAG meeting', 'First words. More.']);
});

test('once the meeting clock runs, the item the caret is typing in is recorded as taken up, each item once', async ({ app }) => {
  const { page } = app;
  await pasteReferenceAgenda(app);
  const times = page.getByRole('list', { name: 'Agenda items' }).locator('.agenda-row__time');
  await app.notes().locator('p').first().click();
  await page.keyboard.press('Control+Alt+ArrowDown');
  await page.keyboard.type('Chris opened.');
  await expect(page.locator('.agenda-row--current .agenda-row__label')).toHaveText('1. Outcomes and results of the II Open Consultations and MAG meeting');
  await expect(times).toHaveCount(0);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  // Back in the same paragraph: the clock started while the caret stayed in item 1, so its next keystroke records it.
  await app.notes().getByText('Chris opened.').click();
  await page.keyboard.press('End');
  await expect(times).toHaveCount(0);
  await page.keyboard.type(' Then');
  await expect(page.locator('.agenda-row--current .agenda-row__time')).toHaveCount(1);
  await expect(times).toHaveCount(1);
  await page.keyboard.press('Control+Alt+ArrowDown');
  await page.keyboard.type('Timea reported.');
  await expect(times).toHaveCount(2);
  await page.keyboard.type(' More on the LP.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('And a second paragraph.');
  await expect(times).toHaveCount(2);
});
