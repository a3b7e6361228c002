import type { WebPreferences } from 'electron';

/**
 * Every option of Electron's security checklist set explicitly, including the
 * ones that are already the default in current Electron, so a scanner that only
 * knows old defaults and a reader of this file see the same thing.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // The notes are checked in the page with bundled dictionaries (src/renderer/editor/spelling), offline on
    // every platform; Chromium's checker would download dictionaries on Linux and mark words twice.
    spellcheck: false,
    devTools: true,
  };
}
