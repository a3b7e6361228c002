import { autoLinkEmailMatcher, autoLinkUrlMatcher } from '@lexical/link';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notesLinkMatchers } from '../../../../../src/renderer/editor/paste/autoLinkMatchers';
import { openableUrl } from '../../../../../src/renderer/editor/paste/linkUrls';

// The matchers skip text that cannot hold an address before running Lexical's patterns: they must find
// exactly what the patterns alone (checked as the app checks addresses) find.

const [urls, emails] = notesLinkMatchers;
const unfiltered = (matcher: typeof autoLinkUrlMatcher) => (text: string) => {
  const match = matcher(text);
  const url = match && openableUrl(match.url);
  return match && url ? { ...match, url } : null;
};

const pieces = ['http://', 'https://', 'HTTPS://', 'www.', 'WWW.', 'Www.', '@', '.', 'example', 'org', 'a', 'é', ' ', '/', '(', ')', ':', '-', '_', 'mailto:', 'x@y.org', 'www.igf.org', '\n'];
const texts = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 24 }).map((parts) => parts.join(''));

describe('notesLinkMatchers', () => {
  it('find what Lexical\'s patterns find, on any text', () => {
    const urlsAlone = unfiltered(autoLinkUrlMatcher);
    const emailsAlone = unfiltered(autoLinkEmailMatcher);
    fc.assert(fc.property(texts, (text) => {
      expect(urls!(text)).toEqual(urlsAlone(text));
      expect(emails!(text)).toEqual(emailsAlone(text));
    }), { numRuns: 3000 });
  });

  it('skip a long paragraph without an address quickly', () => {
    const paragraph = 'Chris observed that the MAG controls only 80/85 sessions, and asked whether the rest could be opened. '.repeat(40);
    const started = performance.now();
    for (let i = 0; i < 200; i += 1) {
      expect(urls!(paragraph)).toBeNull();
      expect(emails!(paragraph)).toBeNull();
    }
    expect(performance.now() - started).toBeLessThan(100);
  });
});
