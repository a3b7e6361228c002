import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { requestChannels, eventChannels } from '../../../src/shared/bridge/channels';
import { secureWebPreferences } from '../../../src/main/window/secureWebPreferences';

// Starts src/main's real entry against a fake `electron` that records what the
// glue asks of it: the part of the app that cannot run here is still exercised.

const recorder = vi.hoisted(() => ({
  userData: '',
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  ipcHandlers: new Map<string, (event: unknown, request: unknown) => Promise<unknown>>(),
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  windows: [] as Array<{ options: Record<string, unknown>; url?: string; sent: Array<[string, unknown]>; contentsEvents: Map<string, unknown>; openHandler?: unknown }>,
  menuTemplate: undefined as unknown,
  permissionRequestHandler: undefined as unknown,
  permissionCheckHandler: undefined as unknown,
  sandboxEnabled: false,
  quitCalls: 0,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows() { return recorder.windows.map((w) => w as unknown as BrowserWindow); }
    static getFocusedWindow() { return recorder.windows[0] ?? null; }
    static fromId() { return recorder.windows[0] ?? null; }
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      const record = { options, sent: [] as Array<[string, unknown]>, contentsEvents: new Map<string, unknown>(), openHandler: undefined as unknown };
      this.webContents = {
        id: 1,
        mainFrame: { processId: 11, routingId: 1 },
        on: (name: string, listener: unknown) => record.contentsEvents.set(name, listener),
        once: (name: string, listener: unknown) => record.contentsEvents.set(name, listener),
        setWindowOpenHandler: (handler: unknown) => { record.openHandler = handler; },
        send: (channel: string, payload: unknown) => record.sent.push([channel, payload]),
      };
      Object.assign(this, { record });
      recorder.windows.push(Object.assign(record, { webContents: this.webContents }));
    }
    id = 1;
    windowEvents = new Map<string, () => void>();
    once() { return this; }
    on(name: string, listener: () => void) { this.windowEvents.set(name, listener); return this; }
    getNormalBounds() { return { x: 10, y: 10, width: 1000, height: 700 }; }
    isMaximized() { return false; }
    isMinimized() { return false; }
    isDestroyed() { return false; }
    maximize() {}
    restore() {}
    focus() {}
    show() {}
    loadURL(url: string) { recorder.windows.at(-1)!.url = url; return Promise.resolve(); }
  }
  const app = {
    on: (name: string, listener: (...args: unknown[]) => void) => recorder.appEvents.set(name, listener),
    whenReady: () => Promise.resolve(),
    enableSandbox: () => { recorder.sandboxEnabled = true; },
    getPath: () => recorder.userData,
    setPath: (_name: string, path: string) => { recorder.userData = path; },
    getVersion: () => '0.1.0',
    getName: () => 'Rapporteur',
    addRecentDocument: () => {},
    quit: () => { recorder.quitCalls += 1; },
    requestSingleInstanceLock: () => true,
  };
  const electron = {
    app,
    BrowserWindow,
    ipcMain: { handle: (channel: string, listener: never) => recorder.ipcHandlers.set(channel, listener), on: () => {} },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => { recorder.menuTemplate = menu; } },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorder.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: never) => recorder.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: unknown) => { recorder.permissionRequestHandler = handler; },
        setPermissionCheckHandler: (handler: unknown) => { recorder.permissionCheckHandler = handler; },
      },
    },
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }) },
    shell: { openExternal: async () => {} },
    clipboard: { write: () => {} },
    nativeTheme: { themeSource: 'system' },
    powerMonitor: { on: () => {} },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
  return { ...electron, default: electron };
});

beforeAll(async () => {
  process.env.RAPPORTEUR_USER_DATA = mkdtempSync(join(tmpdir(), 'rapporteur-main-'));
  await import('../../../src/main/main');
  await vi.waitFor(() => expect(recorder.windows.length).toBe(1), { timeout: 5000 });
});

describe('the main process entry, against a recording fake of electron', () => {
  it('registers the app scheme as privileged and enables the sandbox for every renderer', () => {
    expect(recorder.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(recorder.sandboxEnabled).toBe(true);
    expect(recorder.protocolHandlers.has('app')).toBe(true);
  });

  it('opens one window from the factory with the secure preferences and the app page', () => {
    const [window] = recorder.windows;
    const preload = (window!.options.webPreferences as { preload: string }).preload;
    expect(preload).toMatch(/[\\/]preload[\\/]preload\.cjs$/);
    expect(window!.options.webPreferences).toEqual(secureWebPreferences(preload));
    expect(window!.url).toBe('app://rapporteur/index.html');
    expect(window!.contentsEvents.has('will-navigate')).toBe(true);
    expect(window!.openHandler).toBeTypeOf('function');
  });

  it('registers one IPC handler per contract channel, refusing untrusted senders', async () => {
    expect([...recorder.ipcHandlers.keys()].sort()).toEqual(Object.values(requestChannels).sort());
    const list = recorder.ipcHandlers.get(requestChannels.listRecentMeetings)!;
    const trusted = { senderFrame: { url: 'app://rapporteur/index.html', processId: 11, routingId: 1 }, sender: { id: 1 } };
    await expect(list(trusted, {})).resolves.toEqual([]);
    const stranger = { senderFrame: { url: 'https://evil.example/', processId: 11, routingId: 1 }, sender: { id: 1 } };
    await expect(Promise.resolve().then(() => list(stranger, {}))).rejects.toThrow(/did not come from a Rapporteur window/);
  });

  it('denies every permission request and check', () => {
    let granted: boolean | undefined;
    (recorder.permissionRequestHandler as (w: unknown, p: string, cb: (g: boolean) => void) => void)({}, 'media', (g) => { granted = g; });
    expect(granted).toBe(false);
    expect((recorder.permissionCheckHandler as () => boolean)()).toBe(false);
  });

  it('builds the menu from the registry, and a menu click sends the command to the window', () => {
    const template = recorder.menuTemplate as Array<{ label: string; submenu: Array<{ id?: string; click?: () => void }> }>;
    const save = template.find((menu) => menu.label === 'File')!.submenu.find((item) => item.id === 'file.save')!;
    save.click!();
    expect(recorder.windows[0]!.sent).toContainEqual([eventChannels.menuCommand, { commandId: 'file.save' }]);
  });

  it('keeps one running app: a second launch hands its meeting files to the first', () => {
    expect(recorder.appEvents.has('second-instance')).toBe(true);
    expect(recorder.appEvents.has('open-file')).toBe(true);
  });

  it('holds a quit until the window has flushed its notes (flushBeforeQuit, then quitReady)', async () => {
    const quitsBefore = recorder.quitCalls;
    let prevented = false;
    recorder.appEvents.get('before-quit')!({ preventDefault: () => { prevented = true; } });
    expect(prevented).toBe(true);
    expect(recorder.windows[0]!.sent).toContainEqual([eventChannels.flushBeforeQuit, {}]);
    expect(recorder.quitCalls).toBe(quitsBefore);
    const trusted = { senderFrame: { url: 'app://rapporteur/index.html', processId: 11, routingId: 1 }, sender: { id: 1 } };
    await recorder.ipcHandlers.get(requestChannels.quitReady)!(trusted, { safe: true });
    await vi.waitFor(() => expect(recorder.quitCalls).toBe(quitsBefore + 1));
    // The approved quit passes through.
    let preventedAgain = false;
    recorder.appEvents.get('before-quit')!({ preventDefault: () => { preventedAgain = true; } });
    expect(preventedAgain).toBe(false);
  });

  it('hardens every web contents created later, and quits when the last window closes off macOS', () => {
    const created = recorder.appEvents.get('web-contents-created')!;
    const events = new Map<string, unknown>();
    let openHandler: unknown;
    created({}, { on: (name: string, listener: unknown) => events.set(name, listener), setWindowOpenHandler: (h: unknown) => { openHandler = h; } });
    expect([...events.keys()]).toEqual(expect.arrayContaining(['will-navigate', 'will-attach-webview']));
    expect(openHandler).toBeTypeOf('function');
    const quitsBefore = recorder.quitCalls;
    recorder.appEvents.get('window-all-closed')!();
    expect(recorder.quitCalls - quitsBefore).toBe(process.platform === 'darwin' ? 0 : 1);
  });
});
