import { describe, expect, it } from 'vitest';
import { notesLinkMatchers } from '../../../../../src/renderer/editor/paste/autoLinkMatchers';
import { checkTypedLink, openableUrl, singleUrlIn, unwrapSafeLink, urlFromTypedText } from '../../../../../src/renderer/editor/paste/linkUrls';

describe('openableUrl', () => {
  it.each([
    ['https://www.intgovforum.org/en', 'https://www.intgovforum.org/en'],
    ['mailto:chair@example.org', 'mailto:chair@example.org'],
    ['javascript:alert(1)', null], ['  JaVaScRiPt:alert(1)', null], ['java\tscript:alert(1)', null],
    ['data:text/html,<b>x</b>', null], ['file:///C:/Users/x/clip.htm', null], ['/wiki/Relative', null], ['#_ftn1', null],
    ['cid:image001.png@01D9C2A1', null], ['', null], [null, null],
  ])('%s → %s', (candidate, expected) => {
    expect(openableUrl(candidate)).toBe(expected);
  });
});

describe('unwrapSafeLink', () => {
  const wrapped = 'https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.intgovforum.org%2Fen%2Fcontent%2Fwg-strategy&data=05%7C01&reserved=0';
  it('gives the address an Outlook Safe Link stands for', () => {
    expect(unwrapSafeLink(wrapped)).toBe('https://www.intgovforum.org/en/content/wg-strategy');
    expect(openableUrl(wrapped)).toBe('https://www.intgovforum.org/en/content/wg-strategy');
  });

  it('keeps the redirect when what it carries would not open, and leaves other addresses alone', () => {
    const hostile = 'https://eur01.safelinks.protection.outlook.com/?url=javascript%3Aalert(1)&data=x';
    expect(unwrapSafeLink(hostile)).toBe(hostile);
    expect(unwrapSafeLink('https://example.org/?url=https%3A%2F%2Fother.example')).toBe('https://example.org/?url=https%3A%2F%2Fother.example');
  });
});

describe('typed links', () => {
  it.each([
    ['www.intgovforum.org', 'https://www.intgovforum.org'],
    ['intgovforum.org/en/about', 'https://intgovforum.org/en/about'],
    ['secretariat@intgovforum.org', 'mailto:secretariat@intgovforum.org'],
    ['http://example.org', 'http://example.org'],
    ['localhost:8080/x', 'https://localhost:8080/x'],
  ])('"%s" means %s', (typed, url) => {
    expect(urlFromTypedText(typed)).toBe(url);
  });

  it('accepts what would open and says why not otherwise', () => {
    expect(checkTypedLink('www.intgovforum.org')).toEqual({ ok: true, url: 'https://www.intgovforum.org/' });
    expect(checkTypedLink('javascript:alert(1)')).toEqual({ ok: false, reason: expect.stringContaining('"javascript:" links are not opened') });
    expect(checkTypedLink('  ')).toMatchObject({ ok: false });
  });
});

describe('singleUrlIn', () => {
  it('finds a lone address and nothing in prose', () => {
    expect(singleUrlIn(' https://example.org/a \n')).toBe('https://example.org/a');
    expect(singleUrlIn('see https://example.org')).toBeNull();
    expect(singleUrlIn('javascript:alert(1)')).toBeNull();
    expect(singleUrlIn('www.example.org')).toBeNull();
  });
});

describe('notesLinkMatchers', () => {
  const [urls, emails] = notesLinkMatchers;
  it('detects web addresses, completing www. ones', () => {
    expect(urls!('Slides at www.intgovforum.org/en/wg.')).toMatchObject({ text: 'www.intgovforum.org/en/wg', url: 'https://www.intgovforum.org/en/wg' });
    expect(urls!('(see https://en.wikipedia.org/wiki/Fish_(disambiguation))')).toMatchObject({ text: 'https://en.wikipedia.org/wiki/Fish_(disambiguation)' });
  });

  it('detects e-mail addresses as mailto links', () => {
    expect(emails!('write to secretariat@intgovforum.org today')).toMatchObject({ url: 'mailto:secretariat@intgovforum.org' });
  });

  it('does not link addresses the app would refuse to open', () => {
    expect(urls!(`https://example.org/${'a'.repeat(3000)}`)).toBeNull();
    expect(urls!('https://user:secret@example.org/')).toBeNull();
  });
});
