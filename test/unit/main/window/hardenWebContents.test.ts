import { describe, expect, it } from 'vitest';
import { denyAllPermissions, hardenWebContents } from '../../../../src/main/window/hardenWebContents';

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void; prevented?: boolean }, url?: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: never) => { listeners.set(name, listener); return contents; },
    setWindowOpenHandler: (handler: never) => { openHandler = handler; },
  };
  hardenWebContents(contents as never);
  const fire = (name: string, url?: string) => {
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    listeners.get(name)!(event, url);
    return event.prevented;
  };
  return { fire, open: (url: string) => openHandler!({ url }) };
}

describe('hardenWebContents', () => {
  it.each([
    'https://example.org/', 'http://localhost:3000/', 'file:///etc/passwd', 'javascript:alert(1)',
    'app://rapporteur.evil/index.html', 'app://evil/index.html', 'data:text/html,<script>alert(1)</script>', 'not a url',
  ])('blocks navigation to %s', (url) => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', url)).toBe(true);
    expect(fire('will-redirect', url)).toBe(true);
  });

  it('lets the app reload its own page', () => {
    expect(fakeContents().fire('will-navigate', 'app://rapporteur/index.html')).toBe(false);
  });

  it('denies every new window and every webview', () => {
    const { fire, open } = fakeContents();
    expect(open('https://example.org').action).toBe('deny');
    expect(open('app://rapporteur/index.html').action).toBe('deny');
    expect(fire('will-attach-webview')).toBe(true);
  });

  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'midi'])('denies the %s permission', (permission) => {
    let granted: boolean | undefined;
    denyAllPermissions({}, permission, (answer) => { granted = answer; });
    expect(granted).toBe(false);
  });
});
