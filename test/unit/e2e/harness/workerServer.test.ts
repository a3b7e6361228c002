import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../src/main/window/contentSecurityPolicy';
import { BRIDGE_REQUEST_PATH, BRIDGE_WORKER_PATH } from '../../../e2e/harness/bridgeShim';
import { startMainInWorker, type MainHost } from '../../../e2e/harness/mainHost';
import { ScriptedDialogs } from '../../../e2e/harness/scriptedDialogs';
import type { ServedRequest } from '../../../e2e/harness/workerServer';

const WORKER_ENTRY = resolve(__dirname, '../../../e2e/harness/mainWorker.ts');

describe('the bench\'s main worker serving the renderer and its bridge over HTTP', () => {
  let dir: string;
  let host: MainHost;
  const served: ServedRequest[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rapporteur-workerserver-'));
    const dist = join(dir, 'renderer');
    await mkdir(join(dist, 'assets'), { recursive: true });
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>Rapporteur</title>');
    await writeFile(join(dist, 'assets', 'app.js'), 'console.log(1);');
    await writeFile(join(dir, 'secret.txt'), 'not served');
    served.length = 0;
    host = await startMainInWorker({ dataDir: join(dir, 'userData'), dialogs: new ScriptedDialogs(), appVersion: 'test' }, WORKER_ENTRY,
      { rendererDist: dist, onServed: (request) => served.push(request) });
  });

  afterEach(async () => {
    await host.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the built files with the app\'s CSP, and nothing outside them', async () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${host.origin}/index.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Rapporteur</title>');
    expect((await fetch(`${host.origin}/assets/app.js`)).headers.get('content-type')).toBe('text/javascript');
    expect((await fetch(`${host.origin}/%2e%2e/secret.txt`)).status).toBe(404);
    expect((await fetch(`${host.origin}/missing.js`)).status).toBe(404);
    expect(await (await fetch(`${host.origin}${BRIDGE_WORKER_PATH}`)).text()).toContain('onmessage');
  });

  it('answers bridge requests with main\'s handlers and reports each one\'s start and handler time', async () => {
    const reply = await fetch(`${host.origin}${BRIDGE_REQUEST_PATH}readClipboardForPaste`, { method: 'POST', body: '{}' });
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({ available: true, html: '', text: '' });
    const refused = await fetch(`${host.origin}${BRIDGE_REQUEST_PATH}noSuchRequest`, { method: 'POST', body: '{}' });
    expect(refused.status).toBe(500);
    expect(await refused.json()).toMatchObject({ name: 'BridgeRequestError', message: expect.stringContaining('Unknown request') });
    await expect.poll(() => served.length).toBe(4);
    expect(served.map((request) => `${request.phase} ${request.name}`)).toEqual(['start readClipboardForPaste', 'end readClipboardForPaste', 'start noSuchRequest', 'end noSuchRequest']);
    expect(served[1]).toMatchObject({ ms: expect.any(Number) });
  });
});
