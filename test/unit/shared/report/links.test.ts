import { describe, expect, it } from 'vitest';
import { safeLinkTarget } from '../../../../src/shared/report/links';

describe('safeLinkTarget', () => {
  it('accepts http, https and mailto addresses, trimmed', () => {
    expect(safeLinkTarget(' https://example.org/a?b=1&c=2#top ')).toBe('https://example.org/a?b=1&c=2#top');
    expect(safeLinkTarget('HTTP://example.org')).toBe('HTTP://example.org');
    expect(safeLinkTarget('mailto:wg@example.org')).toBe('mailto:wg@example.org');
    expect(safeLinkTarget('https://example.org/people/@chris?q=a@b')).toBe('https://example.org/people/@chris?q=a@b');
  });

  it('refuses addresses that could run code, read the disk, or were lost', () => {
    const refused = [
      'javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x',
      'file:///etc/passwd', '#', '#section', '', 'example.org', '//example.org', 'https://', 'https:// example.org',
      'https://exa mple.org', 'https://example.org/\u0000', 'https://bank.example@evil.example/', 'https://user:pw@example.org',
      undefined, null,
    ];
    for (const address of refused) expect(safeLinkTarget(address)).toBeUndefined();
  });
});
