import { API_GLOBAL_NAME, eventChannels, requestChannels, subscribeMethodName, type EventName } from '../../../src/shared/bridge/channels';

export const INVOKE_BINDING = '__rapporteurInvoke';
export const EMIT_FUNCTION = '__rapporteurEmit';

/**
 * The Node side of the binding. Requests and replies cross it as JSON text,
 * handed to main as they are (mainHost.ts parses and answers with text):
 * Playwright's own serialisation of a whole meeting takes hundreds of
 * milliseconds, which Electron's structured clone does not, and which would
 * otherwise count in every figure the benchmark takes of an open or a save.
 */
export function textInvokeBinding(invoke: (name: string, requestText: string) => Promise<string | undefined>) {
  return (_source: unknown, name: string, requestText: string): Promise<string | undefined> => invoke(name, requestText);
}

/**
 * The browser tests' stand-in for the preload, generated from the same channel
 * lists: one method per request (carried by a Playwright binding to the main
 * process's own handler table) and one subscribe method per event.
 */
export function bridgeShimScript(): string {
  const requestNames = Object.keys(requestChannels);
  const subscribeMethods = Object.fromEntries((Object.keys(eventChannels) as EventName[]).map((event) => [subscribeMethodName(event), event]));
  return `(() => {
    const requestNames = ${JSON.stringify(requestNames)};
    const subscribeMethods = ${JSON.stringify(subscribeMethods)};
    const listeners = new Map();
    const api = {};
    const invoke = async (name, request) => {
      const reply = await window[${JSON.stringify(INVOKE_BINDING)}](name, JSON.stringify(request === undefined ? {} : request));
      return reply === undefined ? undefined : JSON.parse(reply);
    };
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
