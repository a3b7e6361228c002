import { describe, expect, it } from 'vitest';
import { createSenderCheck } from '../../../../src/main/window/trustedSender';

const windows = [{ webContents: { mainFrame: { processId: 4, routingId: 1 } } }];
const check = createSenderCheck(() => windows);

describe('createSenderCheck', () => {
  it('trusts the top frame of an app window on the app origin', () => {
    expect(check({ url: 'app://rapporteur/index.html', processId: 4, routingId: 1 })).toBe(true);
  });

  it.each([
    ['no frame (destroyed)', null],
    ['a subframe of the window', { url: 'app://rapporteur/index.html', processId: 4, routingId: 9 }],
    ['another process', { url: 'app://rapporteur/index.html', processId: 5, routingId: 1 }],
    ['a page that navigated away', { url: 'https://evil.example/', processId: 4, routingId: 1 }],
    ['a look-alike host', { url: 'app://rapporteur.evil/index.html', processId: 4, routingId: 1 }],
    ['a file URL', { url: 'file:///tmp/index.html', processId: 4, routingId: 1 }],
  ])('refuses %s', (_label, frame) => {
    expect(check(frame)).toBe(false);
  });
});
