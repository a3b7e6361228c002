import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as Electron from 'electron';
import { eventChannels } from '../shared/bridge/channels';
import type { Platform } from '../shared/commands/registry';
import { createElectronDialogs } from './electronDialogs';
import { createMainServices } from './createMainServices';
import { registerIpcHandlers } from './ipc/registerIpcHandlers';
import { buildMenuTemplate } from './menu/buildMenuTemplate';
import { openElectronStorePreferences } from './services/electronStorePreferences';
import { nodeFileSystem } from './services/fileSystem';
import { createMemoryPreferences, type Preferences } from './services/preferences';
import { APP_SCHEME_PRIVILEGES, createAppRequestHandler } from './window/appProtocol';
import { createMainWindow } from './window/createMainWindow';
import { restorableBounds, trackWindowBounds, type SavedBounds } from './window/windowBounds';
import { createPendingOpens, meetingPathsFromArgv } from './osFiles';
import { denyAllPermissions, hardenWebContents } from './window/hardenWebContents';
import { createSenderCheck } from './window/trustedSender';
import { confirmQuitUnsafe, wireFlushBeforeQuit } from './window/flushBeforeQuit';
import { createQuitGuard } from './services/quitGuard';

export type ElectronModule = Pick<typeof Electron, 'app' | 'BrowserWindow' | 'ipcMain' | 'Menu' | 'protocol' | 'session' | 'dialog' | 'shell' | 'powerMonitor' | 'clipboard' | 'nativeTheme' | 'screen'>;

/** Preferences never stop the app from starting: unreadable ones are replaced by defaults, and the user is told. */
async function openPreferences(folder: string): Promise<{ preferences: Preferences; notice?: string }> {
  try {
    const opened = await openElectronStorePreferences({ cwd: folder });
    return opened.recoveredFromCorruption ? { preferences: opened.preferences, notice: opened.notice } : { preferences: opened.preferences };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { preferences: createMemoryPreferences(), notice: `Your preferences could not be read (${reason}); defaults are used for this session.` };
  }
}

export interface AppPaths {
  /** Folder of the built app: dist/ holding main/, preload/ and renderer/. */
  distDir: string;
  userDataDir?: string | undefined;
}

/**
 * Wires the Electron main process: privileged app scheme, hardened sessions and
 * windows, the IPC handler table and the menu. Everything here is glue; the
 * behaviour lives in the services and handlers it wires.
 */
export function startApp(electron: ElectronModule, paths: AppPaths): void {
  const { app, BrowserWindow, ipcMain, Menu, protocol, session, dialog, shell, clipboard, nativeTheme, screen } = electron;
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();
  // Lets the real-app test suite give each run its own data folder.
  if (paths.userDataDir) app.setPath('userData', paths.userDataDir);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  // One running app: a second launch (e.g. double-clicking a meeting file) hands its files over and quits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const pendingOpens = createPendingOpens();
  for (const path of meetingPathsFromArgv(process.argv.slice(1), process.cwd())) pendingOpens.add(path);
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window?.isMinimized()) window.restore();
    window?.focus();
    for (const path of meetingPathsFromArgv(argv.slice(1), workingDirectory)) pendingOpens.add(path);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    pendingOpens.add(path);
  });

  const quitGuard = createQuitGuard({
    requestFlush: () => {
      const windows = BrowserWindow.getAllWindows().filter((window) => !window.isDestroyed?.());
      for (const window of windows) window.webContents.send(eventChannels.flushBeforeQuit, {});
      return windows.length;
    },
    confirmQuitUnsafe: confirmQuitUnsafe(dialog),
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout),
  });
  const flushBeforeQuit = wireFlushBeforeQuit(app, quitGuard);
  let rememberedBounds: (() => Partial<SavedBounds> | undefined) = () => undefined;
  let rememberBounds: (bounds: SavedBounds) => void = () => undefined;
  const openWindow = () => {
    const bounds = rememberedBounds();
    const window = createMainWindow(BrowserWindow, { preloadPath: join(paths.distDir, 'preload', 'preload.cjs'), bounds });
    if (bounds?.maximized) window.maximize();
    trackWindowBounds(window, rememberBounds);
    flushBeforeQuit.watchWindow(window);
    return window;
  };
  const sendCommand = (commandId: string) => {
    const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    target?.webContents.send(eventChannels.menuCommand, { commandId });
  };

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME_PRIVILEGES.scheme, createAppRequestHandler(join(paths.distDir, 'renderer'), readFile));
    session.defaultSession.setPermissionRequestHandler(denyAllPermissions);
    session.defaultSession.setPermissionCheckHandler(() => false);

    const { preferences, notice } = await openPreferences(app.getPath('userData'));
    nativeTheme.themeSource = preferences.get('theme');
    rememberedBounds = () => restorableBounds(preferences.get('windowBounds'), screen.getAllDisplays().map((display) => display.workArea));
    rememberBounds = (bounds) => preferences.set('windowBounds', { ...bounds, maximized: bounds.maximized ?? false });
    const { table } = createMainServices({
      fs: nodeFileSystem,
      preferences,
      dialogs: createElectronDialogs(dialog, (id) => BrowserWindow.fromId(id) ?? undefined, () => app.getPath('documents')),
      platform: process.platform,
      appVersion: app.getVersion(),
      clock: () => new Date(),
      openExternal: (url) => shell.openExternal(url),
      writeClipboard: ({ html, text }) => clipboard.write({ html, text }),
      readClipboard: () => ({ html: clipboard.readHTML(), text: clipboard.readText() }),
      applyTheme: (theme) => { nativeTheme.themeSource = theme; },
      onFileUsed: (path) => app.addRecentDocument(path),
      dataDir: app.getPath('userData'),
      // Pulled by the window once it is ready (restoreSession), so it cannot be sent before anyone listens.
      startupNotices: notice ? [notice] : [],
      onQuitReady: (report) => quitGuard.windowReady(report),
    });
    if (electron.powerMonitor) flushBeforeQuit.watchPower(electron.powerMonitor);
    registerIpcHandlers(ipcMain, table, createSenderCheck(() => BrowserWindow.getAllWindows()));
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform as Platform, sendCommand)));
    const window = openWindow();
    window.webContents.once('did-finish-load', () => pendingOpens.flushTo((path) => {
      void table.openDroppedMeeting({ path }, { windowId: window.id }).then((result) => {
        if (!window.isDestroyed()) window.webContents.send(eventChannels.meetingOpenedFromOs, result);
      });
    }));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
