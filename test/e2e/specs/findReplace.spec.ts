import AxeBuilder from '@axe-core/playwright';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SerializedNote } from '../../../src/shared/meeting/notesSchema';
import { expect, test, type AppHarness } from '../harness/appFixture';
import { formattedRuns, heading, link, openMeeting, outline, paragraph, saveMeeting, text } from './richTextSupport';

const AGENDA = [{ id: 'item-1', title: 'Policy Brief on GDC' }, { id: 'item-2', title: 'AoB' }];
const BOLD = 1;
const bulletList = (...items: string[]): SerializedNote => ({
  type: 'list', version: 1, listType: 'bullet', start: 1, tag: 'ul', direction: null, format: '', indent: 0,
  children: items.map((item, index) => ({ type: 'listitem', version: 1, value: index + 1, direction: null, format: '', indent: 0, children: [text(item)] })),
});

/** "GDC" six times in typed text (once split across a bold boundary, once in a link, once in lower case), and once in a heading's title. */
async function openGdcNotes(app: AppHarness): Promise<void> {
  await openMeeting(app, AGENDA, [
    paragraph(text('Opening remarks on the GDC process.')),
    heading('item-1'),
    paragraph(text('The G'), text('DC brief', BOLD), text(' was discussed; the GDCs differ.')),
    bulletList('GDC timeline', 'comments on the gdc text'),
    paragraph(text('See '), link('https://www.un.org/techenvoy/global-digital-compact', 'the GDC page'), text('.')),
    heading('item-2'),
    paragraph(text('Nothing else.')),
  ]);
}

const findBar = (app: AppHarness) => app.page.getByRole('search', { name: 'Find and replace' });
const highlighted = (app: AppHarness) => app.page.evaluate(() => ({
  all: CSS.highlights.get('rapporteur-find')?.size ?? 0,
  current: [...(CSS.highlights.get('rapporteur-find-current') ?? [])].map((range) => range.toString()),
}));

test('find counts and highlights matches in the typed notes, steps through them, and honours case and whole words', async ({ app }) => {
  const { page } = app;
  await openGdcNotes(app);
  await app.notes().getByText('Nothing else.').click();
  await page.keyboard.press('Control+F');
  await expect(page.getByLabel('Find', { exact: true })).toBeFocused();
  await page.keyboard.type('gdc');
  // The heading "Policy Brief on GDC" comes from the agenda: it is not typed text and is not counted.
  await expect(findBar(app).getByRole('status')).toHaveText('1 of 6');
  expect(await highlighted(app)).toEqual({ all: 6, current: ['GDC'] });
  await page.keyboard.press('Enter');
  await expect(findBar(app).getByRole('status')).toHaveText('2 of 6');
  // A match across a bold boundary is one match.
  expect((await highlighted(app)).current).toEqual(['GDC']);
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(findBar(app).getByRole('status')).toHaveText('6 of 6');
  await page.screenshot({ path: join(__dirname, '../../../.tmp/screenshots/find-replace.png') });
  const audit = await new AxeBuilder({ page }).include('.find-bar').analyze();
  expect(audit.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

  await findBar(app).getByLabel('Whole words').check();
  await expect(findBar(app).getByRole('status')).toHaveText('1 of 5');
  await findBar(app).getByLabel('Match case').check();
  await expect(findBar(app).getByRole('status')).toHaveText('1 of 1');
  await page.getByLabel('Find', { exact: true }).fill('nowhere');
  await expect(findBar(app).getByRole('status')).toHaveText('No matches');
  expect((await highlighted(app)).all).toBe(0);
  await page.keyboard.press('Escape');
  await expect(findBar(app)).toHaveCount(0);
  expect((await highlighted(app)).all).toBe(0);
});

test('replace one, then all; headings stay, formatting and links stay, and one undo takes back the replace-all', async ({ app }) => {
  const { page } = app;
  await openGdcNotes(app);
  await app.notes().getByText('Nothing else.').click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type('GDC');
  await findBar(app).getByLabel('Whole words').check();
  await findBar(app).getByLabel('Replace with').fill('Global Digital Compact');
  await findBar(app).getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(findBar(app).getByRole('status')).toHaveText('1 of 4');
  await findBar(app).getByRole('button', { name: 'Replace all' }).click();
  await expect(findBar(app).getByRole('status')).toHaveText('Replaced 4 matches');
  await page.keyboard.press('Escape');
  await expect(app.notes()).toBeFocused();

  const expected = [
    'Opening remarks on the Global Digital Compact process.',
    '# item-1',
    'The Global Digital Compact brief was discussed; the GDCs differ.',
    '* Global Digital Compact timeline',
    '* comments on the Global Digital Compact text',
    'See [the Global Digital Compact page](https://www.un.org/techenvoy/global-digital-compact).',
    '# item-2',
    'Nothing else.',
  ];
  let saved = await saveMeeting(app, 'prepared.minutes');
  expect(outline(saved.notes)).toEqual(expected);
  // The match began in plain text, so its replacement is plain; the rest of the bold run stays bold.
  expect(formattedRuns(saved.notes)).toEqual([' brief|1']);
  await expect(app.notes().locator('.agenda-heading__text')).toHaveCount(2);

  await page.keyboard.press('Control+Z');
  saved = await saveMeeting(app, 'prepared.minutes');
  expect(outline(saved.notes)).toEqual([...expected.slice(0, 2), 'The GDC brief was discussed; the GDCs differ.', '* GDC timeline', '* comments on the gdc text',
    'See [the GDC page](https://www.un.org/techenvoy/global-digital-compact).', ...expected.slice(6)]);
});

test('a replacement that contains the query moves on instead of matching itself again', async ({ app }) => {
  const { page } = app;
  await openMeeting(app, [], [paragraph(text('MAG and MAG.'))]);
  await app.notes().click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type('MAG');
  await findBar(app).getByLabel('Replace with').fill('the MAG');
  await findBar(app).getByLabel('Replace with').press('Enter');
  await findBar(app).getByLabel('Replace with').press('Enter');
  await expect(findBar(app).getByRole('status')).toHaveText('1 of 2');
  await expect(app.notes()).toHaveText('the MAG and the MAG.');
});

test('closing the bar leaves the current match selected in the notes, ready to type over', async ({ app }) => {
  const { page } = app;
  await openGdcNotes(app);
  await app.notes().getByText('Nothing else.').click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type('timeline');
  await expect(findBar(app).getByRole('status')).toHaveText('1 of 1');
  await page.keyboard.press('Escape');
  await expect(app.notes()).toBeFocused();
  await page.keyboard.type('schedule');
  await expect(app.notes().locator('li').first()).toHaveText('GDC schedule');
});

test('in read-only notes find works and replace is unavailable', async ({ app }) => {
  const { page } = app;
  await openGdcNotes(app);
  // Reopen the same notes as a file from a newer version, which opens read-only.
  const saved = await saveMeeting(app, 'prepared.minutes');
  const path = join(app.documentsDir, 'newer.minutes');
  await writeFile(path, JSON.stringify({ ...JSON.parse(saved.raw), formatVersion: 3, minReaderVersion: 1 }));
  app.dialogs.answerNextOpen(path);
  await page.keyboard.press('Control+O');
  await expect(page.getByTestId('save-status')).toContainText('Read-only');
  await page.keyboard.press('Control+F');
  await page.keyboard.type('GDC');
  await expect(findBar(app).getByRole('status')).toHaveText('1 of 6');
  await expect(findBar(app).getByRole('button', { name: 'Replace', exact: true })).toBeDisabled();
  await expect(findBar(app).getByRole('button', { name: 'Replace all' })).toBeDisabled();
});
