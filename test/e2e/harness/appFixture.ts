import { test as base, expect, type Page } from '@playwright/test';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventName, EventPayloadOf } from '../../../src/shared/bridge/contract';
import { nodeFileSystem } from '../../../src/main/services/fileSystem';
import { bridgeShimScript, EMIT_FUNCTION } from './bridgeShim';
import { DiskFaults } from './diskFaults';
import { startMainInProcess } from './mainHost';
import { ScriptedDialogs } from './scriptedDialogs';
import { RENDERER_ORIGIN, serveRenderer } from './serveRenderer';

export interface AppHarness {
  page: Page;
  /** This test's own folder: documents live under it, nothing is shared between tests. */
  dataDir: string;
  documentsDir: string;
  dialogs: ScriptedDialogs;
  /** Requests the page tried to send anywhere but the app itself (all were blocked). */
  blockedRequests: string[];
  /** What the app put on the system clipboard, oldest first. */
  clipboard: Array<{ html: string; text: string }>;
  /** Links the app asked the system browser to open. */
  openedLinks: string[];
  emit<E extends EventName>(event: E, payload: EventPayloadOf<E>): Promise<void>;
  notes(): ReturnType<Page['getByRole']>;
  /** The app's data folder (Electron's userData): recovery store, drafts, versions, session. */
  userDataDir: string;
  /** Faults injected into the main process's file system while the app runs. */
  faults: DiskFaults;
  /** What windows answered to flushBeforeQuit. */
  quitReports: Array<{ safe: boolean; message?: string | undefined }>;
  /** Every request the page sent, in the order they started; `done` once main answered. */
  requests: Array<{ name: string; done: boolean }>;
  /** Holds every `name` request from the page until the returned function is called. */
  holdRequests(name: string): () => void;
  /** As after a crash or kill: the page goes without flushing, a new main process starts on the same data folder. */
  restart(options?: { startupNotices?: string[] }): Promise<Page>;
}

/**
 * Runs the built renderer in Chromium with the bridge carried by a Playwright
 * route to the main process's real handler table and file services.
 */
export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'rapporteur-e2e-'));
    const documentsDir = join(dataDir, 'documents');
    await mkdir(documentsDir, { recursive: true });
    const dialogs = new ScriptedDialogs();
    const openedLinks: string[] = [];
    const clipboard: Array<{ html: string; text: string }> = [];
    const userDataDir = join(dataDir, 'userData');
    await mkdir(userDataDir, { recursive: true });
    const faults = new DiskFaults();
    const quitReports: AppHarness['quitReports'] = [];
    const holds = new Map<string, Promise<void>>();
    const requests: AppHarness['requests'] = [];
    // Wired as startApp wires it (mainHost.ts, shared with the bench): the same data folder layout, notices pulled
    // by the window, quit reports. On this thread, unlike the bench's worker: tests reach into its file system.
    const main = (startupNotices: string[] = []) => startMainInProcess({
      fs: faults.wrap(nodeFileSystem),
      dataDir: userDataDir,
      startupNotices,
      onQuitReady: (report) => quitReports.push(report),
      dialogs,
      appVersion: 'e2e',
      openExternal: async (url) => {
        openedLinks.push(url);
      },
      clipboard,
    });
    const blockedRequests: string[] = [];
    async function launch(target: Page, startupNotices?: string[]): Promise<void> {
      const { invoke } = main(startupNotices);
      const bridge = async (name: string, requestText: string) => {
        const logged = { name, done: false };
        requests.push(logged);
        await holds.get(name);
        // A dropped file arrives by name; in the app the preload resolves it to the file's real path (webUtils).
        const resolved = name === 'openDroppedMeeting' ? JSON.stringify({ path: join(documentsDir, (JSON.parse(requestText) as { path: string }).path) }) : requestText;
        try {
          return (await invoke(name, resolved)).replyText;
        } finally {
          logged.done = true;
        }
      };
      await target.addInitScript(bridgeShimScript());
      blockedRequests.push(...(await serveRenderer(target, bridge)).blockedRequests);
      await target.goto(`${RENDERER_ORIGIN}/index.html`);
      await expect(target.getByRole('textbox', { name: 'Meeting notes' })).toBeVisible();
    }
    await launch(page);
    const harness: AppHarness = {
      page, dataDir, documentsDir, dialogs, blockedRequests, openedLinks, clipboard, userDataDir, faults, quitReports, requests,
      notes: () => harness.page.getByRole('textbox', { name: 'Meeting notes' }),
      emit: async (event, payload) => {
        await harness.page.evaluate(([fn, name, data]) => (window as unknown as Record<string, (e: string, p: unknown) => void>)[fn]!(name, data), [EMIT_FUNCTION, event, payload] as const);
      },
      holdRequests(name) {
        let release!: () => void;
        holds.set(name, new Promise<void>((done) => { release = done; }));
        return () => {
          holds.delete(name);
          release();
        };
      },
      async restart(options = {}) {
        const next = await harness.page.context().newPage();
        await harness.page.close({ runBeforeUnload: false });
        await launch(next, options.startupNotices);
        harness.page = next;
        return next;
      },
    };
    await use(harness);
    // Stop the page first: an autosave in flight would otherwise write into the folder being removed.
    await harness.page.close();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  },
});

export { expect };
