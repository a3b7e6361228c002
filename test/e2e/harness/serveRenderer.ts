import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/window/contentSecurityPolicy';

export const RENDERER_ORIGIN = 'http://rapporteur.test';
/** The built renderer; RAPPORTEUR_RENDERER_OUT points at another build (as in vite.config.ts). */
export const RENDERER_DIST = resolve(__dirname, '../../..', process.env.RAPPORTEUR_RENDERER_OUT ?? 'dist/renderer');

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.map': 'application/json' };

/**
 * Serves the built renderer to the page from disk through request routing, as
 * the app protocol does in Electron (same CSP header). Every other request is
 * aborted and recorded, so a test can assert that nothing left the page.
 */
export async function serveRenderer(page: Page): Promise<{ blockedRequests: string[] }> {
  const blockedRequests: string[] = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== RENDERER_ORIGIN) {
      blockedRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    const file = normalize(join(RENDERER_DIST, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!file.startsWith(RENDERER_DIST + sep)) return route.fulfill({ status: 404, body: 'Not found' });
    try {
      const body = await readFile(file);
      return route.fulfill({
        status: 200, body,
        headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return route.fulfill({ status: 404, body: 'Not found' });
    }
  });
  return { blockedRequests };
}
