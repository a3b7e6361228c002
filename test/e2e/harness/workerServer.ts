import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/window/contentSecurityPolicy';
import { BRIDGE_REQUEST_PATH, BRIDGE_WORKER_PATH, bridgeResponder, bridgeWorkerScript, type BridgeInvoke } from './bridgeShim';
import { rendererFile } from './serveRenderer';

/** What the server tells its owner about each bridge request (the bench counts saves and times main's handlers). */
export type ServedRequest = { phase: 'start'; name: string } | { phase: 'end'; name: string; ms: number };

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The built renderer and the bridge's requests, served over HTTP by main's own
 * worker thread (the bench's wiring; the e2e tests route through Playwright,
 * see serveRenderer.ts). The page's requests then reach main's handlers without
 * crossing the thread that drives the page: through Playwright's routing, each
 * 230 KB autosave cost that thread ~33 ms (the body decoded from the DevTools
 * protocol), which landed on the keys it was timing. Electron's IPC never
 * passes through anything like it.
 */
export function serveFromWorker(
  rendererDist: string,
  invoke: (name: string, text: string) => Promise<{ replyText: string | undefined; handlerMs: number }>,
  report: (served: ServedRequest) => void,
): Promise<{ origin: string }> {
  const timed: BridgeInvoke = async (name, text) => {
    report({ phase: 'start', name });
    let ms = 0;
    try {
      const { replyText, handlerMs } = await invoke(name, text);
      ms = handlerMs;
      return replyText;
    } catch (error) {
      ms = (error as { handlerMs?: number }).handlerMs ?? 0;
      throw error;
    } finally {
      report({ phase: 'end', name, ms });
    }
  };
  const respond = bridgeResponder(timed);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === BRIDGE_WORKER_PATH) {
      response.writeHead(200, { 'Content-Type': 'text/javascript', 'Content-Security-Policy': CONTENT_SECURITY_POLICY }).end(bridgeWorkerScript());
      return;
    }
    if (url.pathname.startsWith(BRIDGE_REQUEST_PATH) && request.method === 'POST') {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, String(value)]));
      const answer = await respond(decodeURIComponent(url.pathname.slice(BRIDGE_REQUEST_PATH.length)), await bodyOf(request), headers);
      response.writeHead(answer.status, { ...answer.headers, 'Content-Type': 'application/json' }).end(answer.body);
      return;
    }
    const served = await rendererFile(rendererDist, url.pathname);
    if (served) response.writeHead(200, served.headers).end(served.body);
    else response.writeHead(404).end('Not found');
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string') return reject(new Error('the renderer server has no port'));
      // No close: the server lives as long as the worker, which the bench terminates with the window.
      resolve({ origin: `http://127.0.0.1:${address.port}` });
    });
  });
}
