import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/window/contentSecurityPolicy';
import { BRIDGE_REQUEST_PATH, BRIDGE_WORKER_PATH, bridgeResponder, bridgeWorkerScript, type BridgeInvoke } from './bridgeShim';

export const RENDERER_ORIGIN = 'http://rapporteur.test';
/** The built renderer; RAPPORTEUR_RENDERER_OUT points at another build (as in vite.config.ts). */
export const RENDERER_DIST = resolve(__dirname, '../../..', process.env.RAPPORTEUR_RENDERER_OUT ?? 'dist/renderer');

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.map': 'application/json' };

/** A built file of the renderer with the headers the app protocol gives it, or null for a path outside the build or missing. */
export async function rendererFile(rendererDist: string, pathname: string): Promise<{ body: Buffer; headers: Record<string, string> } | null> {
  const file = normalize(join(rendererDist, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
  if (!file.startsWith(rendererDist + sep)) return null;
  const body = await readFile(file).catch(() => null);
  return body && { body, headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY } };
}

/**
 * Serves the built renderer to the page from disk through request routing, as
 * the app protocol does in Electron (same CSP header), and, given `bridge`,
 * the bridge shim's worker and its requests to main (see bridgeShim.ts).
 * Every other request is aborted and recorded, so a test can assert that
 * nothing left the page.
 */
export async function serveRenderer(page: Page, bridge?: BridgeInvoke): Promise<{ blockedRequests: string[] }> {
  const blockedRequests: string[] = [];
  const respond = bridge && bridgeResponder(bridge);
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== RENDERER_ORIGIN) {
      blockedRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    if (respond && url.pathname === BRIDGE_WORKER_PATH) {
      return route.fulfill({ status: 200, body: bridgeWorkerScript(), headers: { 'Content-Type': 'text/javascript', 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
    }
    if (respond && url.pathname.startsWith(BRIDGE_REQUEST_PATH) && route.request().method() === 'POST') {
      const request = route.request();
      const answer = await respond(decodeURIComponent(url.pathname.slice(BRIDGE_REQUEST_PATH.length)), request.postData(), request.headers());
      // The page may be gone by now (a test's restart): nobody is left to answer.
      return route.fulfill({ ...answer, headers: { ...answer.headers, 'Content-Type': 'application/json' } }).catch(() => undefined);
    }
    const served = await rendererFile(RENDERER_DIST, url.pathname);
    return route.fulfill(served ? { status: 200, ...served } : { status: 404, body: 'Not found' });
  });
  return { blockedRequests };
}
