import { describe, expect, it, vi } from 'vitest';
import { config } from 'zod';

// What the switch changes in the window (no CSP violation) is checked in the page: contentSecurityPolicy.spec.ts.
describe('the renderer’s zod', () => {
  it('builds its schemas without compiled parsers, which the window’s CSP would refuse', async () => {
    config({ jitless: false });
    vi.resetModules();
    await import('../../../src/renderer/zodConfig');
    expect(config().jitless).toBe(true);
  });
});
