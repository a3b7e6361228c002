import type { CDPSession } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateMeeting, meetingFileText, typingText } from '../../../bench/generateMeeting';
import { placeCaret, typeText } from '../../../bench/lib/keystrokes';
import { expect, test, type AppHarness } from '../harness/appFixture';
import { markedWords, measures, spellingShareOfJs, total } from './spellingSupport';

// What spelling costs the editor on a long meeting, printed for docs/performance.md and bounded where it matters.

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
  // A new, empty meeting loads no dictionary: the first one comes with the notes of the file opened below.
  await page.waitForTimeout(1_000);
  expect(await measures(page, 'rapporteur-spelling-load')).toHaveLength(0);
  const path = join(app.documentsDir, 'large.minutes');
  await writeFile(path, meetingFileText(generateMeeting(20_000)));
  app.dialogs.answerNextOpen(path);
  await page.keyboard.press('Control+O');
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await expect.poll(async () => (await measures(page, 'rapporteur-spelling-load')).length, { timeout: 30_000 }).toBe(1);
  const [load] = await measures(page, 'rapporteur-spelling-load');
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
