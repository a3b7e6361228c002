import { ENCODE_REQUEST_SOURCE } from './bridgeWire';
import { API_GLOBAL_NAME, eventChannels, requestChannels, subscribeMethodName, type EventName } from '../../../src/shared/bridge/channels';

export const EMIT_FUNCTION = '__rapporteurEmit';
/** Where the page's bridge worker comes from, and where it posts requests (serveRenderer answers both). */
export const BRIDGE_WORKER_PATH = '/__rapporteur-bridge-worker.js';
export const BRIDGE_REQUEST_PATH = '/__rapporteur-bridge/';
const ORDER_HEADER = 'x-rapporteur-bridge-order';
const NO_REPLY_HEADER = 'x-rapporteur-bridge-no-reply';

/** Main's side of the bridge: the request's JSON text in, the reply's JSON text out (mainHost.ts). */
export type BridgeInvoke = (name: string, requestText: string) => Promise<string | undefined>;

/**
 * The page's bridge worker. The shim hands it each request by postMessage (a
 * structured clone, as Electron's IPC makes), and it posts the request as JSON
 * text (long strings carried raw: bridgeWire.ts) to the harness's route. The text is made and sent off the renderer's
 * main thread: through a Playwright binding, a 250 KB autosave cost the page
 * 10–15 ms of main-thread time (the binding's serialisation), which Electron's
 * IPC does not, and which landed on the keys the bench times.
 */
export function bridgeWorkerScript(): string {
  return `(() => {
    const session = Math.random().toString(36).slice(2);
    let seq = 0;
    ${ENCODE_REQUEST_SOURCE}
    onmessage = async ({ data: { id, name, request } }) => {
      const order = session + ' ' + seq++;
      try {
        const response = await fetch(${JSON.stringify(BRIDGE_REQUEST_PATH)} + encodeURIComponent(name), {
          method: 'POST', body: encodeRequest(request), headers: { ${JSON.stringify(ORDER_HEADER)}: order },
        });
        const text = await response.text();
        if (!response.ok) return postMessage({ id, error: JSON.parse(text) });
        postMessage({ id, reply: response.headers.get(${JSON.stringify(NO_REPLY_HEADER)}) ? undefined : JSON.parse(text) });
      } catch (error) {
        postMessage({ id, error: { name: 'Error', message: String(error && error.message || error) } });
      }
    };
  })();`;
}

/** A request that arrives early waits at most this long for those sent before it (a lost one must not stall the rest). */
const ORDER_WAIT_MS = 2_000;

/**
 * The route's side: requests reach main in the order the page sent them, as
 * over Electron's IPC (main queues a meeting's operations by arrival), even if
 * two fetches overtake each other on the way. Each answer is the reply's JSON
 * text, or the error's name and message with status 500.
 */
export function bridgeResponder(invoke: BridgeInvoke) {
  const sessions = new Map<string, { next: number; waiting: Map<number, () => void> }>();
  async function inOrder(order: string, start: () => Promise<string | undefined>): Promise<string | undefined> {
    const [session = '', seqText = ''] = order.split(' ');
    const seq = Number(seqText);
    if (!Number.isInteger(seq)) return start();
    const state = sessions.get(session) ?? sessions.set(session, { next: 0, waiting: new Map() }).get(session)!;
    if (seq > state.next) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ORDER_WAIT_MS);
        state.waiting.set(seq, () => { clearTimeout(timer); resolve(); });
      });
    }
    const running = start();
    state.next = Math.max(state.next, seq + 1);
    const following = state.waiting.get(state.next);
    state.waiting.delete(state.next);
    following?.();
    return running;
  }
  return async (name: string, body: string | null, requestHeaders: Record<string, string>) => {
    try {
      const reply = await inOrder(requestHeaders[ORDER_HEADER] ?? '', () => invoke(name, body ?? '{}'));
      const headers: Record<string, string> = reply === undefined ? { [NO_REPLY_HEADER]: '1' } : {};
      return { status: 200, body: reply ?? '', headers };
    } catch (error) {
      const { name: errorName, message } = error instanceof Error ? error : new Error(String(error));
      return { status: 500, body: JSON.stringify({ name: errorName, message }), headers: {} as Record<string, string> };
    }
  };
}

/**
 * The browser tests' stand-in for the preload, generated from the same channel
 * lists: one method per request (carried by the bridge worker and the
 * harness's route to the main process's own handler table) and one subscribe
 * method per event.
 */
export function bridgeShimScript(): string {
  const requestNames = Object.keys(requestChannels);
  const subscribeMethods = Object.fromEntries((Object.keys(eventChannels) as EventName[]).map((event) => [subscribeMethodName(event), event]));
  return `(() => {
    const requestNames = ${JSON.stringify(requestNames)};
    const subscribeMethods = ${JSON.stringify(subscribeMethods)};
    const listeners = new Map();
    const api = {};
    // Requests go by postMessage to the bridge worker (see bridgeWorkerScript), started at the first one.
    let worker = null;
    let nextId = 0;
    const pending = new Map();
    const bridgeWorker = () => {
      if (worker) return worker;
      worker = new Worker(${JSON.stringify(BRIDGE_WORKER_PATH)});
      worker.onmessage = ({ data }) => {
        const waiting = pending.get(data.id);
        pending.delete(data.id);
        if (data.error) waiting.reject(Object.assign(new Error(data.error.message), { name: data.error.name }));
        else waiting.resolve(data.reply);
      };
      worker.onerror = (event) => {
        for (const waiting of pending.values()) waiting.reject(new Error('the bridge worker failed: ' + event.message));
        pending.clear();
      };
      return worker;
    };
    const invoke = (name, request) => new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      bridgeWorker().postMessage({ id, name, request });
    });
    for (const name of requestNames) api[name] = (request) => invoke(name, request);
    // As the preload does with webUtils.getPathForFile: a dropped File becomes its path (the harness knows where the test put it).
    api.openDroppedMeeting = (file) => invoke('openDroppedMeeting', { path: file.name });
    for (const [method, event] of Object.entries(subscribeMethods)) {
      api[method] = (listener) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event).add(listener);
        return () => listeners.get(event).delete(listener);
      };
    }
    Object.defineProperty(window, ${JSON.stringify(EMIT_FUNCTION)}, {
      value: (event, payload) => { for (const listener of listeners.get(event) || []) listener(payload); },
    });
    Object.defineProperty(window, ${JSON.stringify(API_GLOBAL_NAME)}, { value: Object.freeze(api) });
  })();`;
}
