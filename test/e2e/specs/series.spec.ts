import { join } from 'node:path';
import { expect, test } from '../harness/appFixture';
import { pressCaretKey } from '../harness/caret';
import {
  actionsPanel, actionsTab, docxParagraphs, exportWord, markActionByShortcut, openReferenceMeeting, REFERENCE_DOCX, saveMeeting61BesideMeeting60, SCREENSHOTS, typeAtEnd,
  typeLine,
} from './seriesSupport';

test('meeting 61 starts from meeting 60 in one step, with its open actions under the review item', async ({ app }) => {
  const { page } = app;
  await openReferenceMeeting(app);

  // Meeting 60: one action typed with its prefix, one marked by shortcut, one closed, a decision and an apology.
  await typeAtEnd(app);
  await typeLine(app, 'ACTION: Chris and Jim to circulate the SWOT summary due 2023-08-31');
  await page.keyboard.type('Timea will share the LP paper with the group');
  await markActionByShortcut(app, ['Timea Suto', 'Valeria Betancourt'], '2023-09-07');
  await pressCaretKey(page, app.notes(), 'End');
  await page.keyboard.press('Enter');
  await typeLine(app, '#action Anja to send the invitation');
  await typeLine(app, 'RESOLUTION: The group will meet every three weeks');
  await typeLine(app, 'regrets+ Lynn');
  await expect(app.notes().getByTestId('action-marker')).toHaveCount(3);
  await actionsTab(app).click();
  await actionsPanel(app).getByRole('checkbox', { name: 'Done: Anja to send the invitation' }).check();
  await expect(actionsPanel(app)).toContainText('2 open of 3');

  await page.keyboard.press('Control+Shift+N');
  const dialog = page.getByRole('dialog', { name: 'New meeting from previous' });
  await expect(dialog.getByTestId('next-meeting-preview')).toHaveText('Online Meeting 61 · 10 August 2023 at 14:00 UTC · 22 participants · 1 agenda item · 2 open actions carried over');
  await dialog.getByRole('button', { name: 'Create meeting 61' }).click();
  await expect(dialog).toHaveCount(0);

  // Meeting 61: a new draft with the group, the date set by meeting 60, the people with attendance reset.
  // A new draft, saved in the app's data folder as soon as autosave runs.
  await expect(page).toHaveTitle(/^(• )?Untitled meeting — Rapporteur$/);
  await expect(page.getByRole('heading', { name: 'Participants (22)' })).toBeVisible();
  await expect(page.locator('.participant-row--present')).toHaveCount(22);
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByLabel('Meeting number')).toHaveValue('61');
  await expect(page.locator('input[name="start-date"]')).toHaveValue('2023-08-10');
  await expect(page.locator('input[name="start-time"]')).toHaveValue('14:00');
  await expect(page.locator('input[name="start-zone"]')).toHaveValue('UTC');
  await expect(page.getByLabel('Group short name')).toHaveValue('WG-Strategy');

  const headings = app.notes().locator('.agenda-heading__text');
  await expect(headings).toHaveText(['1. Review of action items']);
  const review = app.notes().locator('p').filter({ has: page.getByTestId('action-marker') });
  await expect(review).toHaveText([
    /Action · Chris, Jim · due 31 August 2023\s*Chris and Jim to circulate the SWOT summary/,
    /Action · Timea, Valeria · due 7 September 2023\s*Timea will share the LP paper with the group/,
  ]);
  await actionsTab(app).click();
  await expect(actionsPanel(app).getByText('Carried over from earlier meetings (2)')).toBeVisible();
  await expect(actionsPanel(app)).toContainText('raised at meeting 60 (2023-07-20)');

  // New actions in meeting 61, by prefix and by shortcut, each with two owners and a due date; then the report.
  await typeAtEnd(app);
  await typeLine(app, 'ACTION: Amrita and Wout to draft the mandate review due 2023-09-14');
  await page.keyboard.type('Carol and Jorge will prepare the KPI list');
  await markActionByShortcut(app, ['Carol Roach', 'Jorge Cancio'], '2023-09-21');
  await expect(actionsPanel(app)).toContainText('4 open of 4');
  const paragraphs = await docxParagraphs(await exportWord(app, 'meeting-61.docx'));
  const section = paragraphs.slice(paragraphs.indexOf('Action items'), paragraphs.indexOf('List of participants'));
  expect(section).toEqual([
    'Action items',
    'Chris Buckridge', 'Chris and Jim to circulate the SWOT summary (due 31 August 2023; with Jim Prendergast)',
    'Amrita Choudhury', 'Amrita and Wout to draft the mandate review (due 14 September 2023; with Wout de Natris)',
    'Jim Prendergast', 'Chris and Jim to circulate the SWOT summary (due 31 August 2023; with Chris Buckridge)',
    'Jorge Cancio', 'Carol and Jorge will prepare the KPI list (due 21 September 2023; with Carol Roach)',
    'Carol Roach', 'Carol and Jorge will prepare the KPI list (due 21 September 2023; with Jorge Cancio)',
    'Timea Suto', 'Timea will share the LP paper with the group (due 7 September 2023; with Valeria Betancourt)',
    'Valeria Betancourt', 'Timea will share the LP paper with the group (due 7 September 2023; with Timea Suto)',
    'Wout de Natris', 'Amrita and Wout to draft the mandate review (due 14 September 2023; with Amrita Choudhury)',
  ]);
  expect(paragraphs[0]).toBe('MAG Working Group on IGF Strengthening and Strategy');
  expect(paragraphs).toContain('Online Meeting 61');
  expect(paragraphs).toContain('10 August 2023 at 14:00 UTC');
});

test('a previous report in Word starts a group profile: 22 people, 5 agenda items, meeting 60; it is shared and starts meeting 61', async ({ app }) => {
  const { page } = app;
  app.dialogs.answerNextSeriesDialog('chooseReportToImport', REFERENCE_DOCX);
  // File › Import Previous Report… has no shortcut: the native menu sends its command id, as here.
  await app.emit('menuCommand', { commandId: 'file.importReport' });
  const dialog = page.getByRole('dialog', { name: 'Start from a previous report' });
  await dialog.getByRole('button', { name: 'Read a Word file (.docx)…' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Read wg-strategy-meeting-60.docx.');
  await expect(dialog.getByTestId('import-meeting')).toHaveText('Online Meeting 60');
  await expect(dialog.getByTestId('import-participants')).toHaveText('22');
  await expect(dialog.getByTestId('import-agenda')).toHaveText(/^5 items: Outcomes and results/);
  await expect(dialog.getByRole('list', { name: 'Not found' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Save as group profile' }).click();

  const profiles = page.getByRole('dialog', { name: /^Group profile/ });
  const editor = profiles.getByRole('form', { name: 'Group profile' });
  await expect(editor.getByLabel('Short name')).toHaveValue('WG-Strategy');
  await expect(editor.getByRole('table', { name: 'Roster' }).getByRole('row')).toHaveCount(23);
  await editor.getByLabel('Usual agenda (one item a line; indent a line to make it a sub-item)').fill('Update from the IGF Secretariat\nAoB');
  await editor.getByRole('button', { name: 'Save profile' }).click();
  await expect(profiles.getByRole('status')).toContainText('Saved the profile of WG-Strategy');

  const shared = join(app.documentsDir, 'wg-strategy.rapporteur-group');
  app.dialogs.answerNextSeriesDialog('chooseWhereToExportProfile', shared);
  await profiles.getByRole('button', { name: 'Export…' }).click();
  await expect(profiles.getByRole('status')).toContainText('Exported wg-strategy.rapporteur-group');
  expect(app.dialogs.profileExportSuggestions).toEqual(['WG-Strategy — MAG Working Group on IGF Strengthening and Strategy.rapporteur-group']);
  page.once('dialog', (confirm) => void confirm.accept());
  await profiles.getByRole('button', { name: 'Delete' }).click();
  await expect(profiles.getByText('No group profiles yet')).toBeVisible();
  app.dialogs.answerNextSeriesDialog('chooseProfileToImport', shared);
  await profiles.getByRole('button', { name: 'Import a profile…' }).click();
  await expect(profiles.getByRole('status')).toHaveText('Imported the profile of WG-Strategy.');

  await profiles.getByRole('button', { name: 'New meeting 61' }).click();
  await expect(profiles).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Participants (22)' })).toBeVisible();
  await expect(app.notes().locator('.agenda-heading__text')).toHaveText(['1. Update from the IGF Secretariat', '2. AoB']);
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page.getByLabel('Meeting number')).toHaveValue('61');
  await expect(page.locator('input[name="start-date"]')).toHaveValue('2023-08-10');
});

test('the meetings library lists a folder\'s meetings by group and number, finds words across them and opens one', async ({ app }) => {
  const { page } = app;
  await saveMeeting61BesideMeeting60(app);

  app.dialogs.answerNextSeriesDialog('chooseLibraryFolder', app.documentsDir);
  await page.keyboard.press('Control+Shift+L');
  const library = page.getByRole('dialog', { name: 'Meetings library' });
  await library.getByRole('button', { name: 'Choose folder…' }).click();
  const group = library.getByRole('region', { name: 'WG-Strategy — Online Meeting' });
  await expect(group.getByRole('button')).toHaveText([/^Meeting 61\s*2023-08-10 14:00 UTC/, /^Meeting 60\s*2023-07-20 14:00 UTC/]);
  await library.getByLabel('Search the meetings').fill('kyoto program');
  await expect(group.getByRole('button')).toHaveCount(1);
  await expect(group.getByRole('button')).toContainText('shaping the Kyoto program');
  await group.getByRole('button').click();
  await expect(page).toHaveTitle('wg-strategy-60.minutes — Rapporteur');
  await page.screenshot({ path: join(SCREENSHOTS, 'library-opened.png') });
});
