import type { Event, WebContents } from 'electron';
import { isAppUrl } from './appOrigin';

/**
 * Locks a web contents to the app: it cannot navigate away, open windows or
 * attach webviews. Links are opened through the explicit openExternal path,
 * never by navigation.
 */
export function hardenWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  contents.on('will-navigate', (event: Event, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event: Event, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event: Event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Permission requests (camera, microphone, notifications, …): the notes app needs none. */
export function denyAllPermissions(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}
