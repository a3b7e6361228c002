import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { settle } from '../../../bench/lib/keystrokes';
import { expect, test, type AppHarness } from '../harness/appFixture';
import { addParticipants, markedWords, rightClick } from './spellingSupport';

const expectMarks = (page: Page, words: string[]) => expect.poll(() => markedWords(page), { timeout: 20_000 }).toEqual(words);

const PEOPLE = ['Wolfgang Kleinwächter, University of Aarhus', 'Chris Buckridge, RIPE NCC', "Dino Dell'Accio"];

/** Serious and critical axe-core violations inside the open menu or chooser. */
async function menuViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.context-menu').analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.help}`);
}

const menuItem = (page: Page, name: string) => page.getByRole('menu').getByRole('menuitem', { name, exact: true });
const paragraphs = (app: AppHarness) => app.notes().locator('p');
const notesFocused = (app: AppHarness) => app.notes().evaluate((root) => root === document.activeElement);

test('misspelled words are marked; names, numbers, acronyms and links are not; the word being typed waits', async ({ app }) => {
  const { page } = app;
  await addParticipants(page, PEOPLE);
  await app.notes().click();
  await page.keyboard.type("Kleinwächter and Buckridge's colleague Dell’Accio recieved teh report at https://igf.example.org/mag-report, "
    + 'see mag@example.org: the MAG met on the 2nd for COVID-19, a well-known co-chair topic. ');
  await expectMarks(page, ['recieved', 'teh']);

  // A word is left unmarked while it is being typed, and marked once the caret leaves it.
  await page.keyboard.type('Anothr');
  await page.waitForTimeout(2_000);
  expect(await markedWords(page)).toEqual(['recieved', 'teh']);
  await page.keyboard.type(' ');
  await expectMarks(page, ['recieved', 'teh', 'Anothr']);

  // Marks follow edits, and the notes themselves carry no trace of them.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Teh second paragraph. ');
  await expectMarks(page, ['recieved', 'teh', 'Anothr', 'Teh']);
  await expect(app.notes().locator('[class*="spell"], mark')).toHaveCount(0);
});

test('the context menu replaces a misspelling with a suggestion and adds words to the dictionary', async ({ app }) => {
  const { page } = app;
  await addParticipants(page, PEOPLE);
  await app.notes().click();
  await page.keyboard.type('The report was recieved by Buckrige and the Zorblat subgroup. ');
  await expectMarks(page, ['recieved', 'Buckrige', 'Zorblat']);

  await rightClick(app, 'recieved');
  await expect(menuItem(page, 'received')).toBeVisible();
  await expect(page.getByRole('menu')).toHaveAccessibleName('Notes: “recieved” may be misspelled');
  expect(await menuViolations(page)).toEqual([]);
  await menuItem(page, 'received').click();
  await expect(paragraphs(app).first()).toHaveText('The report was received by Buckrige and the Zorblat subgroup. ');
  await expectMarks(page, ['Buckrige', 'Zorblat']);
  expect(await notesFocused(app)).toBe(true);

  // A participant's name comes first among the suggestions.
  await rightClick(app, 'Buckrige');
  await expect(page.getByRole('menu').getByRole('menuitem').first()).toHaveText('Buckridge');
  await page.keyboard.press('Escape');

  await rightClick(app, 'Zorblat');
  await menuItem(page, 'Add “Zorblat” to Dictionary').click();
  await expectMarks(page, ['Buckrige']);
  const saved = await page.evaluate(() => (window as unknown as { rapporteur: { getSpellingPreferences(r: object): Promise<{ words: string[] }> } }).rapporteur.getSpellingPreferences({}));
  expect(saved.words).toEqual(['Zorblat']);

  // Undo takes the replacement back as one step.
  await page.keyboard.press('Control+Z');
  await expect(paragraphs(app).first()).toHaveText('The report was recieved by Buckrige and the Zorblat subgroup. ');
});

test('the menu works from the keyboard alone: Shift+F10 or the Menu key, arrows, Enter, Escape', async ({ app }) => {
  const { page } = app;
  await app.notes().click();
  await page.keyboard.type('We recieved it');
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  // The editor takes in caret moves from selectionchange, a task of its own: let it run before the next key.
  await settle(page);
  await expectMarks(page, ['recieved']);

  await page.keyboard.press('Shift+F10');
  await expect(menuItem(page, 'received')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menu').getByRole('menuitem').nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(menuItem(page, 'Attribute to…')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menuItem(page, 'received')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  expect(await notesFocused(app)).toBe(true);

  await page.keyboard.press('ContextMenu');
  await expect(menuItem(page, 'received')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(paragraphs(app).first()).toHaveText('We received it');
  expect(await notesFocused(app)).toBe(true);
  await page.keyboard.type(' all');
  await expect(paragraphs(app).first()).toHaveText('We received all it');
});

test('Cut, Copy and Paste from the context menu', async ({ app }) => {
  const { page } = app;
  await page.evaluate(() => {
    const copied: string[] = [];
    (window as unknown as { copied: string[] }).copied = copied;
    // After the editor's own handler filled the clipboard data.
    document.addEventListener('copy', (event) => copied.push(event.clipboardData?.getData('text/plain') ?? ''));
    document.addEventListener('cut', (event) => copied.push(event.clipboardData?.getData('text/plain') ?? ''));
  });
  const copied = () => page.evaluate(() => (window as unknown as { copied: string[] }).copied);
  await app.notes().click();
  await page.keyboard.type('Alpha beta gamma.');
  await expect(app.notes()).toBeFocused();

  await page.keyboard.press('Home');
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await settle(page);
  await rightClick(app, 'beta');
  await expect(menuItem(page, 'Cut')).not.toHaveAttribute('aria-disabled', 'true');
  await menuItem(page, 'Copy').click();
  expect(await copied()).toEqual(['beta']);

  await rightClick(app, 'beta');
  await menuItem(page, 'Cut').click();
  await expect(paragraphs(app).first()).toHaveText('Alpha  gamma.');
  expect(await copied()).toEqual(['beta', 'beta']);

  // Nothing selected: Cut and Copy are there but unavailable.
  await rightClick(app, 'gamma');
  await expect(menuItem(page, 'Copy')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');

  // Paste reads the system clipboard through main and goes through the notes' paste cleaning.
  app.clipboard.push({ text: 'Pasted text', html: '<p>Pasted <strong>text</strong><script>alert(1)</script></p>' });
  await page.keyboard.press('End');
  await settle(page);
  await page.keyboard.press('ContextMenu');
  await menuItem(page, 'Paste').click();
  await expect(paragraphs(app).first()).toHaveText('Alpha  gamma.Pasted text');
  await expect(app.notes().locator('strong, b, .notes-bold').filter({ hasText: 'text' })).toHaveCount(1);
  await expect(app.notes().locator('script')).toHaveCount(0);
});

test('Attribute to… gives a written paragraph its speaker and starts a statement in an empty one', async ({ app }) => {
  const { page } = app;
  await addParticipants(page, PEOPLE);
  await app.notes().click();
  await page.keyboard.type('observed that the plan works.');

  await rightClick(app, 'plan');
  await menuItem(page, 'Attribute to…').click();
  const chooser = page.getByRole('dialog', { name: 'Attribute to' });
  await expect(chooser.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('Chris');
  await expect(chooser.getByRole('option', { name: /Chris Buckridge/ })).toHaveAttribute('aria-selected', 'true');
  expect(await menuViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(chooser).toHaveCount(0);
  await expect(paragraphs(app).first()).toHaveText('Chris Buckridge observed that the plan works.');
  await expect(paragraphs(app).first().locator('.speaker-mention')).toHaveCount(1);

  // Again on the same paragraph: the speaker is replaced, not added.
  await rightClick(app, 'works');
  await menuItem(page, 'Attribute to…').click();
  await expect(chooser.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('WK');
  await expect(chooser.getByRole('option', { name: /Wolfgang Kleinwächter/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(paragraphs(app).first()).toHaveText('Wolfgang Kleinwächter observed that the plan works.');
  await expect(paragraphs(app).first().locator('.speaker-mention')).toHaveCount(1);

  // In an empty paragraph, from the keyboard: the statement starts there and typing goes on after the name.
  await page.keyboard.press('End');
  await settle(page);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('End');
  await expect(menuItem(page, 'Attribute to…')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(chooser.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('dino');
  await expect(chooser.getByRole('option', { name: /Dino Dell'Accio/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(chooser).toHaveCount(0);
  await page.keyboard.type('agreed.');
  await expect(paragraphs(app)).toHaveText(['Wolfgang Kleinwächter observed that the plan works.', "Dino Dell'Accio agreed."]);

  // Escape leaves the chooser without a change and gives the notes their focus back.
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('End');
  await expect(menuItem(page, 'Attribute to…')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(chooser.getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Attribute to' })).toHaveCount(0);
  expect(await notesFocused(app)).toBe(true);
});

test('the language follows the meeting and the View menu; Off removes every mark', async ({ app }) => {
  const { page } = app;
  await app.notes().click();
  await page.keyboard.type('The colour of the organization was recieved. ');
  await expectMarks(page, ['colour', 'recieved']);

  await app.emit('menuCommand', { commandId: 'view.spellingEnGb' });
  await expectMarks(page, ['organization', 'recieved']);
  await app.emit('menuCommand', { commandId: 'view.spellingOff' });
  await expectMarks(page, []);
  await app.emit('menuCommand', { commandId: 'view.spellingAuto' });
  await expectMarks(page, ['colour', 'recieved']);

  // The meeting's locale decides while the choice is "Language of the Meeting".
  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByLabel('Language (locale)').fill('en-GB');
  await expectMarks(page, ['organization', 'recieved']);
  const saved = await page.evaluate(() => (window as unknown as { rapporteur: { getSpellingPreferences(r: object): Promise<{ language: string }> } }).rapporteur.getSpellingPreferences({}));
  expect(saved.language).toBe('auto');
});

test('screenshot: a marked misspelling and the open context menu', async ({ app }) => {
  const { page } = app;
  await addParticipants(page, PEOPLE);
  await app.notes().click();
  await page.keyboard.type('Kleinwächter said the consultation recieved many comments from the comunity. ');
  await expectMarks(page, ['recieved', 'comunity']);
  await rightClick(app, 'recieved');
  await expect(menuItem(page, 'received')).toBeVisible();
  await mkdir(join(__dirname, '../../../.tmp/screenshots'), { recursive: true });
  await page.screenshot({ path: join(__dirname, '../../../.tmp/screenshots/spelling.png') });
});
