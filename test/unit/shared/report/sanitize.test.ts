import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeDeep, sanitizeText } from '../../../../src/shared/report/sanitize';

/** XML 1.0's Char production: what a .docx part may hold. */
const XML_CHARACTERS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('sanitizeText', () => {
  it('removes U+FFFE, U+FFFF, NUL and the other C0 controls but keeps tab and newline', () => {
    expect(sanitizeText('a\uFFFEb\uFFFFc\u0000d\u0007e\u001Ff\tg\nh')).toBe('abcdef\tg\nh');
  });

  it('turns carriage returns into newlines rather than dropping the line break', () => {
    expect(sanitizeText('one\r\ntwo\rthree')).toBe('one\ntwo\nthree');
  });

  it('removes lone surrogates but keeps surrogate pairs (emoji)', () => {
    expect(sanitizeText('x\uD800y\uDC00z')).toBe('xyz');
    expect(sanitizeText('party \uD83C\uDF89 time')).toBe('party 🎉 time');
    expect(sanitizeText('\uDC00\uD83C\uDF89\uD800')).toBe('🎉');
  });

  it('keeps Arabic, Hebrew, CJK and diacritics in both NFC and NFD', () => {
    const kept = ['قال المشاركون', 'שלום', '会议纪要', 'Kleinwächter', 'Kleinwa\u0308chter', 'e\u0301', '\u00E9', 'ﷺ'];
    for (const text of kept) expect(sanitizeText(text)).toBe(text);
  });

  it('leaves only characters XML 1.0 allows, and never changes a string that is already clean', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (input) => {
      const clean = sanitizeText(input);
      expect(clean).toMatch(XML_CHARACTERS);
      expect(clean).not.toContain('\r');
      expect(sanitizeText(clean)).toBe(clean);
    }));
  });
  it('cleans exactly as the three replacements alone would, though clean strings skip them', () => {
    const reference = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (input) => {
      expect(sanitizeText(input)).toBe(reference(input));
    }), { numRuns: 2000 });
    for (const text of ['plain', '', 'a\rb', '\uD83C\uDF89', '\uFFFE', '\u000B', '\u001F', '\u0020']) expect(sanitizeText(text)).toBe(reference(text));
  });
});

describe('sanitizeDeep', () => {
  it('cleans every string of nested objects and arrays, and leaves other values', () => {
    const input = { name: 'A\u0000', list: ['\uFFFF', { deep: 'ok\uD800' }], count: 3, flag: true, none: null };
    expect(sanitizeDeep(input)).toEqual({ name: 'A', list: ['', { deep: 'ok' }], count: 3, flag: true, none: null });
    expect(input.name).toBe('A\u0000');
  });

  it('never lets a "__proto__" key replace the copy\'s prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": "yes"}, "kept": "1"}') as Record<string, unknown>;
    const copy = sanitizeDeep(hostile);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect((copy as { polluted?: string }).polluted).toBeUndefined();
    expect(copy).toEqual({ kept: '1' });
  });
});
