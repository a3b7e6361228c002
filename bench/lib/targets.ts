import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { bridgeShimScript } from '../../test/e2e/harness/bridgeShim';
import { startMainInWorker } from '../../test/e2e/harness/mainHost';
import { ScriptedDialogs } from '../../test/e2e/harness/scriptedDialogs';
import { RENDERER_DIST } from '../../test/e2e/harness/serveRenderer';
import type { ServedRequest } from '../../test/e2e/harness/workerServer';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/playwright.config';

/** One page under test, with its own DevTools session for key dispatch and metrics. */
export interface Target {
  name: TargetName;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}
export type TargetName = 'app' | 'bareLexical' | 'textarea';

export interface AppTarget extends Target {
  dialogs: ScriptedDialogs;
  /** Milliseconds the main process's handler took, per request name: the part of a command outside the renderer. */
  handlerMs: Map<string, number[]>;
  /** Requests started so far and those not answered yet, per name: to wait until the app is idle. */
  started: Map<string, number>;
  inFlight: Map<string, number>;
}

const VIEWPORT = { width: 1280, height: 800 };
const FLOOR_ORIGIN = 'http://bench.test';
const FLOOR_DIST = resolve('dist/bench');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

async function newTarget(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  return { context, page: await context.newPage() };
}

async function attach(name: TargetName, context: BrowserContext, page: Page): Promise<Target> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  return { name, page, cdp, close: () => context.close() };
}

/** The harness's main process in a worker (the bench runs from the repository's root; see bench/run.mjs). */
const MAIN_WORKER_ENTRY = resolve('test/e2e/harness/mainWorker.ts');

/**
 * The built renderer wired as test/e2e/harness/appFixture.ts wires it (real
 * handler table, scripted dialogs, its own data folder for drafts and
 * recovery; the same wiring, harnessServiceDeps), except that main's handlers
 * run in a worker thread, which also serves the page and answers its bridge
 * over HTTP (workerServer.ts): in Electron main is a process of its own, and on
 * this thread a save's work (and, through Playwright's routing, its 230 KB body)
 * would hold up the DevTools answers of the keys the bench is timing.
 */
export async function openApp(browser: Browser): Promise<AppTarget> {
  const { context, page } = await newTarget(browser);
  const dialogs = new ScriptedDialogs();
  const dataDir = await mkdtemp(join(tmpdir(), 'rapporteur-bench-data-'));
  const handlerMs = new Map<string, number[]>();
  const started = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const bump = (counts: Map<string, number>, name: string, by: number) => counts.set(name, (counts.get(name) ?? 0) + by);
  const record = (name: string, ms: number) => (handlerMs.get(name) ?? handlerMs.set(name, []).get(name)!).push(ms);
  const onServed = (served: ServedRequest) => {
    bump(started, served.name, served.phase === 'start' ? 1 : 0);
    bump(inFlight, served.name, served.phase === 'start' ? 1 : -1);
    if (served.phase === 'end') record(served.name, served.ms);
  };
  // The benchmark never follows links nor uses the clipboard.
  const main = await startMainInWorker({ dataDir, dialogs, appVersion: 'bench' }, MAIN_WORKER_ENTRY, { rendererDist: RENDERER_DIST, onServed });
  await page.addInitScript(bridgeShimScript());
  await page.goto(`${main.origin}/index.html`);
  await page.getByRole('textbox', { name: 'Meeting notes' }).waitFor();
  const target = await attach('app', context, page);
  const close = async () => {
    await target.close();
    await main.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  return { ...target, close, dialogs, handlerMs, started, inFlight };
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/** A floor page from dist/bench, served through routing like the app (no network, same-origin modules). */
export async function openFloor(browser: Browser, name: 'bareLexical' | 'textarea'): Promise<Target> {
  const { context, page } = await newTarget(browser);
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = normalize(join(FLOOR_DIST, decodeURIComponent(url.pathname)));
    if (url.origin !== FLOOR_ORIGIN || !file.startsWith(FLOOR_DIST + sep)) return route.abort('blockedbyclient');
    try {
      return await route.fulfill({ status: 200, body: await readFile(file), headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' } });
    } catch {
      return route.fulfill({ status: 404, body: 'Not found' });
    }
  });
  await page.goto(`${FLOOR_ORIGIN}/${name}.html`);
  await page.waitForFunction(() => typeof window.__benchLoad === 'function');
  return attach(name, context, page);
}

/** Shows the paragraphs in a floor page; returns the milliseconds from the call, in the page, to the task after the frame showing the last one. */
export async function loadFloor(target: Target, paragraphs: string[]): Promise<number> {
  return target.page.evaluate(async (text) => {
    const start = performance.now();
    await window.__benchLoad(text);
    return performance.now() - start;
  }, paragraphs);
}

/**
 * How long the first open waits after the app's window shows its editor. A person needs
 * seconds to pick a file in the Open dialog, which here answers at once; meanwhile the app
 * does its start-up work in idle time (main's and the renderer's warm-up, the spelling
 * dictionary). Timing the open at once would time that work too, which no user waits for.
 */
export const START_TO_OPEN_MS = 2000;

export function waitBeforeFirstOpen(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, START_TO_OPEN_MS));
}

/** Milliseconds from the Ctrl+O key press to the task after the first frame showing each part of the opened meeting. */
export interface OpenTiming {
  /** A new, editable editor whose last block is the document's last paragraph: the figure checked. */
  notesMs: number;
  /** Both side panels built for it too (the app builds them in a deferred render right after the notes). */
  panelsMs: number;
}

/**
 * Opens `path` through the app's own path (scripted Open dialog + Ctrl+O) and
 * times it (OpenTiming). The app ignores opening the file it already shows,
 * so each open needs another file.
 */
export async function openInApp(app: AppTarget, path: string, lastText: string): Promise<OpenTiming> {
  app.dialogs.answerNextOpen(path);
  await app.page.evaluate((expected) => {
    const w = window as unknown as { __benchOpened?: Promise<OpenTiming> };
    w.__benchOpened = new Promise((resolve) => {
      let pressedAt: number | null = null;
      let notesMs: number | null = null;
      // What showed before must not count: a loaded document brings new block elements.
      const before = document.querySelector('[aria-label="Meeting notes"]')?.lastElementChild;
      // Not `once`: the Control key's own keydown comes first.
      const onKeyDown = (event: KeyboardEvent) => {
        if (!event.ctrlKey || event.key.toLowerCase() !== 'o') return;
        pressedAt = event.timeStamp;
        window.removeEventListener('keydown', onKeyDown, { capture: true });
      };
      window.addEventListener('keydown', onKeyDown, { capture: true });
      const afterFrame = (then: (ms: number) => void) => setTimeout(() => then(performance.now() - pressedAt!), 0);
      const poll = () => {
        const notes = document.querySelector('[aria-label="Meeting notes"]');
        const last = notes?.lastElementChild;
        const notesShown = notesMs !== null || (pressedAt !== null && last !== before && notes?.getAttribute('contenteditable') === 'true' && last?.textContent === expected);
        // The panels wait (aria-busy) from the render that brings the new editor until their deferred render.
        const panelsShown = notesShown && document.querySelector('.side-panel [aria-busy="true"]') === null;
        if (notesShown && notesMs === null) afterFrame((ms) => { notesMs ??= ms; });
        if (panelsShown) afterFrame((ms) => resolve({ notesMs: notesMs ?? ms, panelsMs: ms }));
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
      setTimeout(() => resolve({ notesMs: -1, panelsMs: -1 }), 60_000);
    });
  }, lastText);
  await app.page.keyboard.press('Control+O');
  const timing = await app.page.evaluate(() => (window as unknown as { __benchOpened: Promise<OpenTiming> }).__benchOpened);
  if (timing.notesMs < 0) throw new Error(`the app did not show ${path}: ${await app.page.locator('[data-testid="error-banner"]').textContent({ timeout: 1000 }).catch(() => 'no error banner')}`);
  return timing;
}

/** Fails when the app shows an alert (a failed autosave, say): figures from an app in trouble measure the wrong thing. */
export async function assertAppHealthy(app: AppTarget, when: string): Promise<void> {
  const alerts = await app.page.locator('[role="alert"]').allTextContents();
  if (alerts.length > 0) throw new Error(`the app reported a problem ${when}: ${alerts.join(' | ')}`);
}

export { FLOOR_ORIGIN, type CDPSession };
