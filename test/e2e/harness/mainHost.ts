import type { Worker } from 'node:worker_threads';
import { createMainServices, type MainServiceDeps } from '../../../src/main/createMainServices';
import type { Dialogs } from '../../../src/main/ipc/createHandlerTable';
import { dispatchRequest } from '../../../src/main/ipc/dispatchRequest';
import { nodeFileSystem, type FileSystem } from '../../../src/main/services/fileSystem';
import { createMemoryPreferences } from '../../../src/main/services/preferences';
import { decodeRequestText } from './bridgeWire';
import type { ServedRequest } from './workerServer';

type Clip = { html: string; text: string };
export type QuitReport = { safe: boolean; message?: string | undefined };

/** What the harness gives the main process; everything else is fixed (Linux, a memory preferences store). */
export interface HarnessMainOptions {
  /** The app's data folder (Electron's userData): recovery store, drafts, versions, session. */
  dataDir: string;
  dialogs: Dialogs;
  appVersion: string;
  startupNotices?: string[];
  /** In process only: the file system main uses (a test's fault injection). The worker uses the real one. */
  fs?: FileSystem;
  onQuitReady?: (report: QuitReport) => void;
  openExternal?: (url: string) => Promise<void>;
  /** What the app put on the system clipboard, oldest first; reading takes the last. */
  clipboard?: Clip[];
}

/**
 * The main process as the harness runs it: the request's text in (JSON, long strings raw: bridgeWire.ts), the
 * reply's JSON text out (as the page's bridge carries them), with the time
 * main's handler took.
 */
export interface MainHost {
  invoke(name: string, requestText: string): Promise<{ replyText: string | undefined; handlerMs: number }>;
  close(): Promise<void>;
  /** With `serve` (startMainInWorker): where the worker serves the renderer and answers its bridge. */
  origin?: string;
}

/** createMainServices wired as startApp wires it: one definition for the e2e fixture, the bench and the worker. */
export function harnessServiceDeps(options: HarnessMainOptions): MainServiceDeps {
  const clipboard = options.clipboard ?? [];
  return {
    fs: options.fs ?? nodeFileSystem,
    dataDir: options.dataDir,
    startupNotices: options.startupNotices ?? [],
    onQuitReady: options.onQuitReady ?? (() => {}),
    preferences: createMemoryPreferences(),
    dialogs: options.dialogs,
    platform: 'linux',
    appVersion: options.appVersion,
    clock: () => new Date(),
    openExternal: options.openExternal ?? (async () => {}),
    writeClipboard: (content) => { clipboard.push(content); },
    // The system clipboard as the context menu's Paste reads it: the last thing put there.
    readClipboard: () => clipboard.at(-1) ?? { html: '', text: '' },
  };
}

/** JSON text through the real dispatch: the contract's name check and schema run before any handler. */
export function textDispatcher(deps: MainServiceDeps): MainHost['invoke'] {
  const { table } = createMainServices(deps);
  return async (name, requestText) => {
    const start = performance.now();
    try {
      const reply = await dispatchRequest(table, name, decodeRequestText(requestText), { windowId: 1 });
      return { replyText: reply === undefined ? undefined : JSON.stringify(reply), handlerMs: performance.now() - start };
    } catch (error) {
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { handlerMs: performance.now() - start });
    }
  };
}

/** Main's handlers on the caller's own event loop (the e2e fixture: tests reach into its file system). */
export function startMainInProcess(options: HarnessMainOptions): MainHost {
  return { invoke: textDispatcher(harnessServiceDeps(options)), close: async () => {} };
}

// ---- Main's handlers in a worker thread: its CPU no longer delays whoever drives the page from this thread. ----

/** Messages between the harness and mainWorker.ts. */
export type ToWorker =
  | { type: 'invoke'; id: number; name: string; text: string }
  | { type: 'answer'; id: number; value?: unknown; error?: string };
export type FromWorker =
  | { type: 'reply'; id: number; text?: string | undefined; error?: { name: string; message: string }; ms: number }
  | { type: 'call'; id: number; target: 'dialogs' | 'openExternal'; method: string; args: unknown[] }
  | { type: 'clipboard'; content: Clip }
  | { type: 'quitReady'; report: QuitReport }
  | { type: 'serving'; origin: string }
  | { type: 'served'; served: ServedRequest };
export interface MainWorkerData { dataDir: string; appVersion: string; startupNotices: string[]; rendererDist?: string }

/** The worker also serves the renderer and its bridge over HTTP (the bench: see workerServer.ts). */
export interface ServeOptions { rendererDist: string; onServed(served: ServedRequest): void }

let workerCode: Promise<string> | undefined;

/** mainWorker.ts and what it imports, bundled once per process (Playwright's and the bench's TypeScript loaders do not reach workers). */
function bundleWorker(entry: string): Promise<string> {
  workerCode ??= import('esbuild').then(async ({ build }) => {
    const result = await build({
      entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
      packages: 'external', write: false, logLevel: 'error',
    });
    return result.outputFiles[0]!.text;
  });
  return workerCode;
}

/**
 * Main's handler table in a worker_threads Worker, as Electron runs it in a
 * process of its own. Dialogs and openExternal are answered here (the test
 * scripts them), the clipboard is mirrored; the file system is the real one.
 * `entry` is mainWorker.ts's path (the bench bundles this file elsewhere).
 */
export async function startMainInWorker(options: Omit<HarnessMainOptions, 'fs'>, entry: string, serve?: ServeOptions): Promise<MainHost> {
  const { Worker: WorkerThread } = await import('node:worker_threads');
  const data: MainWorkerData = {
    dataDir: options.dataDir, appVersion: options.appVersion, startupNotices: options.startupNotices ?? [],
    ...(serve ? { rendererDist: serve.rendererDist } : {}),
  };
  const worker: Worker = new WorkerThread(await bundleWorker(entry), { eval: true, workerData: data });
  const pending = new Map<number, { resolve: (r: { replyText: string | undefined; handlerMs: number }) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  let resolveServed: (origin: string) => void = () => {};
  const servedAt = new Promise<string>((resolve) => { resolveServed = resolve; });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the main-process worker exited (code ${code})`)));
  worker.on('message', (message: FromWorker) => {
    switch (message.type) {
      case 'reply': {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiting?.reject(Object.assign(new Error(message.error.message), { name: message.error.name, handlerMs: message.ms }));
        else waiting?.resolve({ replyText: message.text, handlerMs: message.ms });
        return;
      }
      case 'call': {
        const call = message.target === 'dialogs'
          ? (options.dialogs as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[message.method]!(...message.args)
          : (options.openExternal ?? (async () => {}))(String(message.args[0]));
        void Promise.resolve(call).then(
          (value) => worker.postMessage({ type: 'answer', id: message.id, value } satisfies ToWorker),
          (error: unknown) => worker.postMessage({ type: 'answer', id: message.id, error: error instanceof Error ? error.message : String(error) } satisfies ToWorker),
        );
        return;
      }
      case 'clipboard':
        options.clipboard?.push(message.content);
        return;
      case 'quitReady':
        options.onQuitReady?.(message.report);
        return;
      case 'serving':
        resolveServed(message.origin);
        return;
      case 'served':
        serve?.onServed(message.served);
    }
  });
  const host: MainHost = {
    invoke(name, text) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: 'invoke', id, name, text } satisfies ToWorker);
      });
    },
    async close() {
      worker.removeAllListeners('exit');
      failAll(new Error('the main process was closed'));
      await worker.terminate();
    },
  };
  if (serve) host.origin = await Promise.race([servedAt, new Promise<never>((_, reject) => worker.once('error', reject))]);
  return host;
}
