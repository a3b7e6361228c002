import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import { hardenWebContents } from './hardenWebContents';
import { secureWebPreferences } from './secureWebPreferences';

export interface MainWindowOptions {
  preloadPath: string;
  bounds?: Partial<Rectangle> | undefined;
  iconPath?: string | undefined;
}

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    width: options.bounds?.width ?? 1280,
    height: options.bounds?.height ?? 820,
    ...(options.bounds?.x !== undefined && options.bounds?.y !== undefined ? { x: options.bounds.x, y: options.bounds.y } : {}),
    minWidth: 720,
    minHeight: 480,
    title: 'Rapporteur',
    show: false,
    backgroundColor: '#ffffff',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: secureWebPreferences(options.preloadPath),
  };
}

/** The one window factory: every Rapporteur window is made here, with the secure defaults. */
export function createMainWindow(BrowserWindowCtor: BrowserWindowClass, options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindowCtor(mainWindowOptions(options));
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
