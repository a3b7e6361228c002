import { test as base, expect, type Page } from '@playwright/test';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventName, EventPayloadOf } from '../../../src/shared/bridge/contract';
import { createMainServices } from '../../../src/main/createMainServices';
import { dispatchRequest } from '../../../src/main/ipc/dispatchRequest';
import { nodeFileSystem } from '../../../src/main/services/fileSystem';
import { createMemoryPreferences } from '../../../src/main/services/preferences';
import { bridgeShimScript, EMIT_FUNCTION, INVOKE_BINDING } from './bridgeShim';
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
}

/**
 * Runs the built renderer in Chromium with the bridge carried by a Playwright
 * binding to the main process's real handler table and file services.
 */
export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'rapporteur-e2e-'));
    const documentsDir = join(dataDir, 'documents');
    await mkdir(documentsDir, { recursive: true });
    const dialogs = new ScriptedDialogs();
    const openedLinks: string[] = [];
    const clipboard: Array<{ html: string; text: string }> = [];
    const { table } = createMainServices({
      fs: nodeFileSystem,
      preferences: createMemoryPreferences(),
      dialogs,
      platform: 'linux',
      appVersion: 'e2e',
      clock: () => new Date(),
      openExternal: async (url) => {
        openedLinks.push(url);
      },
      writeClipboard: (content) => clipboard.push(content),
    });
    await page.exposeBinding(INVOKE_BINDING, (_source, name: string, request: unknown) => dispatchRequest(table, name, request, { windowId: 1 }));
    await page.addInitScript(bridgeShimScript());
    const { blockedRequests } = await serveRenderer(page);
    await page.goto(`${RENDERER_ORIGIN}/index.html`);
    const notes = () => page.getByRole('textbox', { name: 'Meeting notes' });
    await expect(notes()).toBeVisible();
    await use({
      page, dataDir, documentsDir, dialogs, blockedRequests, openedLinks, clipboard, notes,
      emit: async (event, payload) => {
        await page.evaluate(([fn, name, data]) => (window as unknown as Record<string, (e: string, p: unknown) => void>)[fn]!(name, data), [EMIT_FUNCTION, event, payload] as const);
      },
    });
    await rm(dataDir, { recursive: true, force: true });
  },
});

export { expect };
