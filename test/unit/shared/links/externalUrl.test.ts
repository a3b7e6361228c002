import { describe, expect, it } from 'vitest';
import { checkExternalUrl } from '../../../../src/shared/links/externalUrl';

describe('checkExternalUrl', () => {
  it.each([
    ['https://www.intgovforum.org/en/content/wg-strategy', 'https://www.intgovforum.org/en/content/wg-strategy'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:secretariat@example.org', 'mailto:secretariat@example.org'],
    ['  https://example.org/a b  ', 'https://example.org/a%20b'],
  ])('opens %s', (url, expected) => {
    expect(checkExternalUrl(url)).toEqual({ ok: true, url: expected });
  });

  it.each([
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'file:///etc/passwd', 'smb://server/share',
    'vbscript:msgbox', 'data:text/html,<script>alert(1)</script>', 'ms-msdt:/id PCWDiagnostic', 'zoommtg://zoom.us/join',
    'chrome://settings', 'about:blank', '//example.org', 'example.org', '', 'https://user:pass@example.org/',
    `https://example.org/${'a'.repeat(5000)}`, 'http://',
  ])('refuses %s', (url) => {
    expect(checkExternalUrl(url).ok).toBe(false);
  });
});
