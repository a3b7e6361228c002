import { build } from 'esbuild';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventChannels, requestChannels, subscribeMethodName, type EventName } from '../../../src/shared/bridge/channels';

// Builds the preload exactly as scripts/build.mjs does, then runs the bundle
// with a fake `require` to see what it really needs and really exposes.

let bundle = '';

beforeAll(async () => {
  const result = await build({
    entryPoints: [resolve(__dirname, '../../../src/preload/preload.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'], write: false, logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
});

function runPreload() {
  const required: string[] = [];
  const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>();
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const electron = {
    webUtils: { getPathForFile: (file: { name: string }) => `/dropped/${file.name}` },
    contextBridge: { exposeInMainWorld: (name: string, api: never) => exposed.set(name, api) },
    ipcRenderer: {
      invoke: async (channel: string, payload: unknown) => { invoked.push([channel, payload]); return 'reply'; },
      on: (channel: string, listener: never) => { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel)!.add(listener); },
      removeListener: (channel: string, listener: never) => listeners.get(channel)?.delete(listener),
    },
  };
  const fakeRequire = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`the sandboxed preload cannot require ${name}`);
    return electron;
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', bundle)(fakeRequire, module, module.exports);
  return { required, exposed, invoked, listeners };
}

describe('the preload bundle', () => {
  it('is one CommonJS file that requires only electron and does not bundle the schema library', () => {
    const { required } = runPreload();
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(bundle).not.toMatch(/\bimport\s/);
    expect(bundle).not.toContain('ZodError');
  });

  it('exposes exactly one named method per request and one subscribe method per event', () => {
    const { exposed } = runPreload();
    expect([...exposed.keys()]).toEqual(['rapporteur']);
    const expected = [...Object.keys(requestChannels), ...(Object.keys(eventChannels) as EventName[]).map(subscribeMethodName)];
    expect(Object.keys(exposed.get('rapporteur')!).sort()).toEqual(expected.sort());
  });

  it('sends each request on its own contract channel', async () => {
    const { exposed, invoked } = runPreload();
    const api = exposed.get('rapporteur')!;
    for (const name of Object.keys(requestChannels) as Array<keyof typeof requestChannels>) {
      await expect(api[name]!(name === 'openDroppedMeeting' ? { name: 'dropped.minutes' } : { probe: name })).resolves.toBe('reply');
    }
    // A dropped file goes over as its path, found by the preload (webUtils); the page cannot name a path itself.
    expect(invoked).toEqual(Object.entries(requestChannels).map(([name, channel]) => [channel, name === 'openDroppedMeeting' ? { path: '/dropped/dropped.minutes' } : { probe: name }]));
  });

  it('subscribes to events without handing the IPC event object to the page, and unsubscribes', () => {
    const { exposed, listeners } = runPreload();
    const received: unknown[] = [];
    const unsubscribe = exposed.get('rapporteur')!.onMenuCommand!((payload: unknown) => received.push(payload)) as () => void;
    for (const listener of listeners.get(eventChannels.menuCommand)!) listener({ sender: 'ipc internals' }, { commandId: 'file.save' });
    expect(received).toEqual([{ commandId: 'file.save' }]);
    unsubscribe();
    expect(listeners.get(eventChannels.menuCommand)!.size).toBe(0);
  });
});
