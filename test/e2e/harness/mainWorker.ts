import { parentPort, workerData } from 'node:worker_threads';
import type { Dialogs } from '../../../src/main/ipc/createHandlerTable';
import { harnessServiceDeps, textDispatcher, type FromWorker, type MainWorkerData, type ToWorker } from './mainHost';
import { serveFromWorker } from './workerServer';

/**
 * The harness's main process in a worker thread (see startMainInWorker): the
 * real handler table and file services; dialogs and links are asked of the
 * thread that started it, where the test scripts them.
 */
const port = parentPort!;
const data = workerData as MainWorkerData;
const calls = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
let nextCall = 0;
const post = (message: FromWorker) => port.postMessage(message);

function ask(target: 'dialogs' | 'openExternal', method: string, args: unknown[]): Promise<unknown> {
  const id = nextCall++;
  return new Promise((resolve, reject) => {
    calls.set(id, { resolve, reject });
    post({ type: 'call', id, target, method, args });
  });
}

// Any dialog method: createHandlerTable only calls them. Not a thenable, so it can never be mistaken for a promise.
const dialogs = new Proxy({}, {
  get: (_target, method) => (typeof method !== 'string' || method === 'then' ? undefined : (...args: unknown[]) => ask('dialogs', method, args)),
}) as Dialogs;

const clipboard: Array<{ html: string; text: string }> = [];
const deps = harnessServiceDeps({
  dataDir: data.dataDir, appVersion: data.appVersion, startupNotices: data.startupNotices, dialogs, clipboard,
  openExternal: async (url) => { await ask('openExternal', 'open', [url]); },
  onQuitReady: (report) => post({ type: 'quitReady', report }),
});
const writeClipboard = deps.writeClipboard;
deps.writeClipboard = (content) => {
  writeClipboard(content);
  post({ type: 'clipboard', content });
};
const invoke = textDispatcher(deps);

if (data.rendererDist) {
  // A server that cannot start rejects unhandled, which ends the worker with an 'error' its starter reports.
  void serveFromWorker(data.rendererDist, invoke, (served) => post({ type: 'served', served })).then(({ origin }) => post({ type: 'serving', origin }));
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'answer') {
    const call = calls.get(message.id);
    calls.delete(message.id);
    if (message.error !== undefined) call?.reject(new Error(message.error));
    else call?.resolve(message.value);
    return;
  }
  invoke(message.name, message.text).then(
    ({ replyText, handlerMs }) => post({ type: 'reply', id: message.id, text: replyText, ms: handlerMs }),
    (error: unknown) => {
      const ms = (error as { handlerMs?: number }).handlerMs ?? 0;
      const { name, message: text } = error instanceof Error ? error : new Error(String(error));
      post({ type: 'reply', id: message.id, error: { name, message: text }, ms });
    },
  );
});
