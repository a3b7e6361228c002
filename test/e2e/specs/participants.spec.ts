import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/appFixture';

const FIXTURES = join(__dirname, '../../fixtures');

/** The reference report's "List of participants" section, as a rapporteur would copy it. */
async function referenceParticipantList(): Promise<string> {
  const text = await readFile(join(FIXTURES, 'reference/wg-strategy-meeting-60.txt'), 'utf8');
  return text.slice(text.indexOf('List of participants'), text.indexOf('Links:'));
}

async function pasteReferenceList(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Paste list' }).click();
  await page.getByLabel(/One person a line/).fill(await referenceParticipantList());
  await page.getByRole('button', { name: 'Add 22 participants' }).click();
  await expect(page.getByRole('heading', { name: 'Participants (22)' })).toBeVisible();
}

const speakers = (page: Page) => page.getByRole('list', { name: 'Speakers' });
const speaker = (page: Page, name: string) => speakers(page).getByRole('button', { name, exact: true });
const rowOf = (page: Page, name: string) => speakers(page).getByRole('listitem').filter({ has: page.getByRole('button', { name, exact: true }) });
const names = (page: Page) => speakers(page).locator('.speaker-button__name').allTextContents();

/** The report's row for a screen name, and whether it is marked for the user to check. */
const reportRow = (page: Page, dialog: ReturnType<Page['getByRole']>, screenName: RegExp) => dialog.getByRole('row').filter({ has: page.getByRole('rowheader', { name: screenName }) });
const checkMark = (row: ReturnType<Page['getByRole']>) => row.locator('.participant-tag--check');

async function importReport(page: Page, file: string): Promise<ReturnType<Page['getByRole']>> {
  await page.getByRole('button', { name: 'Import attendance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import attendance report' });
  await dialog.getByLabel(/Zoom participants CSV or Teams attendance report/).setInputFiles(join(FIXTURES, 'attendance', file));
  return dialog;
}

test('the reference list pastes as 22 people with their affiliations, one without', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Paste list' }).click();
  await page.getByLabel(/One person a line/).fill(await referenceParticipantList());
  await expect(page.getByRole('status').filter({ hasText: 'people' })).toHaveText('22 people: 22 new');
  await page.getByRole('button', { name: 'Add 22 participants' }).click();

  await expect(page.getByRole('heading', { name: 'Participants (22)' })).toBeVisible();
  expect((await names(page))[0]).toBe('Anja Gengo');
  expect((await names(page))[21]).toBe('Wout de Natris');
  await expect(rowOf(page, 'Chris Buckridge')).toContainText("Group's Co-Chair, IGF MAG member");
  await expect(rowOf(page, 'Wolfgang Kleinwächter')).toContainText('University of Aarhus');
  await expect(rowOf(page, 'Valeria Betancourt').locator('.speaker-button__affiliation')).toHaveCount(0);
  // Nine chords for the first nine people in the call.
  await expect(rowOf(page, 'Anja Gengo').locator('.speaker-button__chord')).toHaveText('[1]');
  await expect(rowOf(page, 'Dino Dell\'Accio').locator('.speaker-button__chord')).toHaveText('[9]');
  await expect(rowOf(page, 'Fiona Alexander').locator('.speaker-button__chord')).toHaveText('');

  // Pasting the list again adds nobody.
  await page.getByRole('button', { name: 'Paste list' }).click();
  await page.getByLabel(/One person a line/).fill(await referenceParticipantList());
  await expect(page.getByRole('status').filter({ hasText: 'people' })).toHaveText('22 people: 0 new, 22 already listed');
  await page.getByRole('button', { name: 'Update participants' }).click();
  await expect(page.getByRole('heading', { name: 'Participants (22)' })).toBeVisible();
});

test('add, edit, pin, reorder and delete participants', async ({ app }) => {
  const { page } = app;
  await pasteReferenceList(page);

  await page.getByRole('button', { name: '+ Add' }).click();
  const form = page.getByRole('form', { name: 'New participant' });
  await form.getByLabel('Full name').fill('Vint Cerf');
  await expect(form.getByLabel('Short name')).toHaveAttribute('placeholder', 'Vint');
  await form.getByLabel('Affiliation').fill('Leadership Panel');
  await form.getByLabel('Role').selectOption('observer');
  await form.getByLabel('Speaker key').selectOption('1');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Participants (23)' })).toBeVisible();
  await expect(rowOf(page, 'Vint Cerf')).toContainText('Observer');
  await expect(rowOf(page, 'Vint Cerf').locator('.speaker-button__chord')).toHaveText('[1]');
  await expect(speaker(page, 'Vint Cerf')).toHaveAttribute('aria-keyshortcuts', 'Alt+1');
  await expect(rowOf(page, 'Anja Gengo').locator('.speaker-button__chord')).toHaveText('[2]');

  await page.getByRole('button', { name: 'Edit Lynn Saint Amour' }).click();
  const lynn = page.getByRole('form', { name: 'Edit Lynn Saint Amour' });
  await lynn.getByLabel('Short name').fill('Lynn');
  await lynn.getByLabel('Attendance').selectOption('apologies');
  await lynn.getByRole('button', { name: 'Save' }).click();
  await expect(rowOf(page, 'Lynn Saint Amour')).toContainText('Apologies');

  await page.getByRole('button', { name: 'Edit Chris Buckridge' }).click();
  await page.getByRole('form', { name: 'Edit Chris Buckridge' }).getByRole('button', { name: 'Move up' }).click();
  await page.getByRole('form', { name: 'Edit Chris Buckridge' }).getByRole('button', { name: 'Cancel' }).click();
  expect((await names(page)).slice(0, 2)).toEqual(['Chris Buckridge', 'Anja Gengo']);
  await speaker(page, 'Anja Gengo').focus();
  await page.keyboard.press('Alt+ArrowUp');
  expect((await names(page)).slice(0, 2)).toEqual(['Anja Gengo', 'Chris Buckridge']);

  // Nobody mentions Paul Kasoma: he goes without a question.
  await page.getByRole('button', { name: 'Edit Paul Kasoma' }).click();
  await page.getByRole('button', { name: 'Delete…' }).click();
  await expect(page.getByRole('heading', { name: 'Participants (22)' })).toBeVisible();
  expect(await names(page)).not.toContain('Paul Kasoma');
});

test('a Zoom report merges joins, marks devices for checking, and a mapped screen name is remembered', async ({ app }) => {
  const { page } = app;
  await pasteReferenceList(page);
  const dialog = await importReport(page, 'zoom-participants-meeting-60.csv');
  await expect(dialog.getByRole('status')).toContainText('Zoom participants report');
  const who = (screenName: string) => dialog.getByLabel(`Who is ${screenName}?`);
  // Chris joined twice and Valeria twice: one row each.
  await expect(dialog.getByRole('rowheader', { name: /^Chris Buckridge/ })).toHaveCount(1);
  await expect(dialog.getByRole('rowheader', { name: /^Valeria Betancourt/ })).toHaveCount(1);
  // Zoom's "Name (Original Name)": the account's original name identifies Anja behind the renamed screen name.
  await expect(who('IGF Secretariat').locator('option:checked')).toHaveText('Anja Gengo');
  await expect(who('Flávio Wagner').locator('option:checked')).toHaveText('Flavio Wagner');
  await expect(who("Jim's iPhone").locator('option:checked')).toHaveText('Jim Prendergast');
  await expect(checkMark(reportRow(page, dialog, /^Jim's iPhone/))).toBeVisible();
  await expect(checkMark(reportRow(page, dialog, /^Flávio Wagner/))).toHaveCount(0);
  await expect(who('Galaxy S21')).toHaveValue('ignore');
  await who('Galaxy S21').selectOption({ label: 'Paul Kasoma' });
  await dialog.getByRole('button', { name: 'Apply attendance' }).click();

  await expect(rowOf(page, 'Markus Kummer')).toContainText('Absent');
  await expect(rowOf(page, 'Paul Kasoma')).not.toContainText('Absent');
  await expect(rowOf(page, 'Chris Buckridge')).not.toContainText('Absent');

  const again = await importReport(page, 'zoom-participants-meeting-60.csv');
  await expect(again.getByLabel('Who is Galaxy S21?').locator('option:checked')).toHaveText('Paul Kasoma');
  await expect(checkMark(reportRow(page, again, /^Galaxy S21/))).toHaveCount(0);
  await again.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Edit Paul Kasoma' }).click();
  await expect(page.getByLabel('Screen names (one per line)')).toHaveValue('Galaxy S21');
});

test('a Teams report (UTF-16, tab-separated) is read from the file\'s own bytes', async ({ app }) => {
  const { page } = app;
  await pasteReferenceList(page);
  const dialog = await importReport(page, 'teams-attendance-meeting-60.csv');
  await expect(dialog.getByRole('status')).toContainText('Teams attendance report, 11 people');
  await expect(dialog.getByLabel('Who is Chris Buckridge (External)?').locator('option:checked')).toHaveText('Chris Buckridge');
  await expect(dialog.getByLabel('Who is Dino Dell’Accio?').locator('option:checked')).toHaveText("Dino Dell'Accio");
  await dialog.getByRole('button', { name: 'Apply attendance' }).click();
  await expect(rowOf(page, 'Jorge Cancio')).not.toContainText('Absent');
  await expect(rowOf(page, 'Amrita Choudhury')).toContainText('Absent');
});

test('present+ and regrets+ typed in the notes record attendance, adding unknown people', async ({ app }) => {
  const { page } = app;
  await pasteReferenceList(page);
  await app.notes().click();
  await page.keyboard.type('regrets+ Markus Kummer, Lynn');
  await page.keyboard.press('Enter');
  await expect(rowOf(page, 'Markus Kummer')).toContainText('Apologies');
  await expect(rowOf(page, 'Lynn Saint Amour')).toContainText('Apologies');
  await page.keyboard.type('present+ Vint Cerf');
  await page.keyboard.press('Enter');
  await expect(rowOf(page, 'Vint Cerf')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Participants (23)' })).toBeVisible();
  await page.keyboard.type('present+ Lynn');
  await page.keyboard.press('Enter');
  await expect(rowOf(page, 'Lynn Saint Amour')).not.toContainText('Apologies');
  // The lines are consumed: the notes hold no attendance commands.
  await expect(app.notes()).toHaveText('');
});

