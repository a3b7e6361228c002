import type { App, BrowserWindow, Dialog, Event, PowerMonitor } from 'electron';
import type { QuitGuard } from '../services/quitGuard';

/**
 * Holds every way the app can end (quit, closing a window, logging out, shutting
 * down) until the windows have flushed their notes through the quit guard.
 */
export function wireFlushBeforeQuit(app: Pick<App, 'on' | 'quit'>, guard: QuitGuard): { watchWindow(window: BrowserWindow): void; watchPower(powerMonitor: Pick<PowerMonitor, 'on'>): void } {
  let quitApproved = false;
  const closeApproved = new WeakSet<BrowserWindow>();
  const quitAfterFlush = (mayAsk: boolean) => {
    void guard.flush({ mayAsk }).then((ok) => {
      if (!ok) return;
      quitApproved = true;
      app.quit();
    });
  };

  app.on('before-quit', (event) => {
    if (quitApproved) return;
    event.preventDefault();
    quitAfterFlush(true);
  });

  return {
    watchWindow(window) {
      window.on('close', (event) => {
        if (quitApproved || closeApproved.has(window)) return;
        event.preventDefault();
        void guard.flush().then((ok) => {
          if (!ok) return;
          closeApproved.add(window);
          window.close();
        });
      });
      // Windows asks before logging off or shutting down: hold it briefly, flush, never ask.
      window.on('query-session-end', (event) => {
        event.preventDefault();
        quitAfterFlush(false);
      });
      window.on('session-end', () => void guard.flush({ mayAsk: false }));
    },
    watchPower(powerMonitor) {
      // Linux and macOS: preventDefault delays the shutdown until the notes are flushed.
      // Electron's typings omit the event its documentation describes for 'shutdown'.
      const onShutdown = powerMonitor.on.bind(powerMonitor) as (name: 'shutdown', listener: (event?: Event) => void) => unknown;
      onShutdown('shutdown', (event) => {
        event?.preventDefault();
        quitAfterFlush(false);
      });
    },
  };
}

/** The one question ever asked at quit. */
export function confirmQuitUnsafe(dialog: Pick<Dialog, 'showMessageBox'>) {
  return async (message: string): Promise<boolean> => {
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      buttons: ['Don\u2019t Quit', 'Quit Anyway'],
      defaultId: 0,
      cancelId: 0,
      message: 'Your latest notes are not saved anywhere',
      detail: `${message}\n\nIf you quit now, these changes are lost.`,
    });
    return response === 1;
  };
}
