import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../../src/main/window/createMainWindow';
import { secureWebPreferences } from '../../../../src/main/window/secureWebPreferences';

describe('window options', () => {
  it('set every security-relevant web preference explicitly', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
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
      // Spelling is the page's own, with bundled dictionaries: Chromium's would download them on Linux.
      spellcheck: false,
    });
  });

  it('the window factory uses those preferences and stays hidden until painted', () => {
    const options = mainWindowOptions({ preloadPath: '/p.cjs', bounds: { width: 900, height: 700, x: 10, y: 20 } });
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect(options).toMatchObject({ width: 900, height: 700, x: 10, y: 20, show: false });
  });
});
