import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateMeeting, meetingFileText, typingText } from '../../../bench/generateMeeting';
import { placeCaret, settle, typeText } from '../../../bench/lib/keystrokes';
import { expect, test, type AppHarness } from '../harness/appFixture';
import { addParticipants, markedWords, measures, rightClick, spellingShareOfJs, total } from './spellingSupport';

const expectMarks = (page: Page, words: string[]) => expect.poll(() => markedWords(page), { timeout: 20_000 }).toEqual(words);
// The worker works out suggestions for words just marked; the menu reads them synchronously as it opens (suggestionsFor),
// so one opened within milliseconds of the mark would miss them: wait for the first word's, as a person's reaction time does.
const expectSuggestionsReady = (page: Page) => expect.poll(async () => (await measures(page, 'rapporteur-spelling-suggest')).length, { timeout: 20_000 }).toBeGreaterThan(0);

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
  await expectSuggestionsReady(page);

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
  await expectSuggestionsReady(page);

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
  await expectSuggestionsReady(page);
  await rightClick(app, 'recieved');
  await expect(menuItem(page, 'received')).toBeVisible();
  await mkdir(join(__dirname, '../../../.tmp/screenshots'), { recursive: true });
  await page.screenshot({ path: join(__dirname, '../../../.tmp/screenshots/spelling.png') });
});

/** Chooses French and types until its dictionary has loaded: each key's latency, and the spelling code's share of the page's JavaScript meanwhile. */
async function typeWhileFrenchLoads(app: AppHarness, cdp: CDPSession) {
  const loaded = async () => (await measures(app.page, 'rapporteur-spelling-load:fr'))[0];
  const latencies: number[] = [];
  const share = await spellingShareOfJs(cdp, async () => {
    await app.emit('menuCommand', { commandId: 'view.spellingFr' });
    for (const giveUp = Date.now() + 200_000; !(await loaded()) && Date.now() < giveUp;) latencies.push(...await typeText(cdp, ' and then'));
  });
  return { load: await loaded(), latencies, share };
}

/** The spelling worker's JavaScript heap in MB, through the DevTools protocol: a worker has no performance.memory. */
async function spellingWorkerHeapMb(cdp: CDPSession): Promise<number | null> {
  const attached = new Promise<string | null>((resolve) => {
    cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => targetInfo.url.includes('spellWorker') && resolve(sessionId));
    setTimeout(() => resolve(null), 5_000);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const sessionId = await attached;
  if (sessionId === null) return null;
  const usage = new Promise<number>((resolve) => cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id?: number; result?: { usedSize: number } };
    if (reply.id === 1 && reply.result) resolve(reply.result.usedSize);
  }));
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
  return Math.round((await usage) / 1e6);
}

const median = (values: readonly number[]) => +([...values].sort((a, b) => a - b)[values.length >> 1] ?? 0).toFixed(1);

test('cost on a 20,000-word meeting: loading, checking what comes on screen, and typing', async ({ app }) => {
  test.setTimeout(420_000);
  const { page } = app;
  await expect.poll(async () => (await measures(page, 'rapporteur-spelling-load')).length, { timeout: 30_000 }).toBe(1);
  const [load] = await measures(page, 'rapporteur-spelling-load');
  const path = join(app.documentsDir, 'large.minutes');
  await writeFile(path, meetingFileText(generateMeeting(20_000)));
  app.dialogs.answerNextOpen(path);
  await page.keyboard.press('Control+O');
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await expect.poll(async () => (await markedWords(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(1_000);
  const onOpen = await measures(page, 'rapporteur-spelling-pass');

  // Scrolling to the end checks each block once as it comes on screen: the whole document, checked once.
  const blockCount = await app.notes().locator('p, li').count();
  await app.notes().evaluate(async (root) => {
    let scroller: Element | null = root;
    while (scroller && !(scroller.scrollHeight > scroller.clientHeight + 1 && /auto|scroll/u.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
    if (!scroller) throw new Error('the notes do not scroll');
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
      scroller.scrollTop += scroller.clientHeight * 0.8;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  });
  await page.waitForTimeout(1_500);
  const scrolled = (await measures(page, 'rapporteur-spelling-pass')).slice(onOpen.length);
  const checkedBlocks = [...onOpen, ...scrolled].reduce((sum, entry) => sum + (entry.detail?.blocks ?? 0), 0);

  // Typing in the middle of the notes: the spelling code's share of the page's JavaScript, and the passes it ran.
  await placeCaret(page, { paragraph: 150 });
  await page.waitForTimeout(2_000);
  const passesBefore = (await measures(page, 'rapporteur-spelling-pass')).length;
  const asksBefore = (await measures(page, 'rapporteur-spelling-ask')).length;
  const cdp = await page.context().newCDPSession(page);
  const KEYS = 400;
  let latencies: number[] = [];
  const share = await spellingShareOfJs(cdp, async () => {
    latencies = await typeText(cdp, typingText(7, KEYS));
    await page.waitForTimeout(2_000);
  });
  const typingPasses = (await measures(page, 'rapporteur-spelling-pass')).slice(passesBefore);
  const typingAsks = (await measures(page, 'rapporteur-spelling-ask')).slice(asksBefore);
  const highlighted = await page.evaluate(() => CSS.highlights.get('rapporteur-spelling')?.size ?? 0);

  // French, chosen while typing goes on: its dictionary takes over ten seconds of CPU and hundreds of megabytes, in the worker.
  const french = await typeWhileFrenchLoads(app, cdp);
  expect(french.load).toBeDefined();
  const report = {
    dictionaryLoad: { wallMs: Math.round(load!.duration), ...load!.detail },
    frenchLoad: {
      wallMs: Math.round(french.load!.duration), ...french.load!.detail, workerHeapMb: await spellingWorkerHeapMb(cdp),
      typedMeanwhile: { keys: french.latencies.length, medianKeyMs: median(french.latencies), slowestKeyMs: Math.round(Math.max(...french.latencies)) },
      mainThread: { javascriptMs: Math.round(french.share.javascriptMs), spellingMs: Math.round(french.share.spellingMs), spellingTop: french.share.top.slice(0, 3) },
    },
    onOpen: { passes: onOpen.length, ms: +total(onOpen).toFixed(1), blocks: onOpen.map((entry) => entry.detail?.blocks) },
    wholeDocument: { blocks: blockCount, checked: checkedBlocks, ms: +total([...onOpen, ...scrolled]).toFixed(1), longestPassMs: +Math.max(...scrolled.map((entry) => entry.duration)).toFixed(1) },
    typing: {
      keys: KEYS, medianKeyMs: median(latencies),
      javascriptMs: Math.round(share.javascriptMs), spellingMs: +share.spellingMs.toFixed(1), spellingUsPerKey: Math.round((share.spellingMs * 1000) / KEYS), spellingTop: share.top,
      passes: typingPasses.length, passMs: +total(typingPasses).toFixed(1), locateMs: +typingPasses.reduce((sum, entry) => sum + (entry.detail?.locateMs ?? 0), 0).toFixed(1), passBlocks: typingPasses.map((entry) => entry.detail?.blocks),
      workerAsks: typingAsks.length, askRoundTripMs: median(typingAsks.map((entry) => entry.duration)),
    },
  };
  console.log(`spelling cost: ${JSON.stringify(report)}`);
  test.info().annotations.push({ type: 'spelling cost', description: JSON.stringify(report) });
  // What keeps typing cost independent of the notes' length: a pass checks what is on screen (and what was typed), never the whole document.
  expect(Math.max(...onOpen.map((entry) => entry.detail?.blocks ?? 0))).toBeLessThan(blockCount / 4);
  expect(Math.max(0, ...typingPasses.map((entry) => entry.detail?.blocks ?? 0))).toBeLessThanOrEqual(3);
  expect(share.spellingMs).toBeLessThan(share.javascriptMs * 0.1);
  // Scrolling to the end checked nearly every block (a block flown past before an idle moment is left for later).
  expect(checkedBlocks).toBeGreaterThan(blockCount * 0.9);
  // Only blocks on screen keep their marks (counted before French, which marks nearly every English word).
  expect(highlighted).toBeLessThan(100);
  // The dictionaries load in the worker: the editor's thread only starts it, posts a message and, by the profile, runs no nspell.
  expect(load!.detail?.busyMs).toBeLessThan(50);
  expect(french.load!.detail?.busyMs).toBeLessThan(50);
  expect(french.share.spellingMs).toBeLessThan(500);
});
