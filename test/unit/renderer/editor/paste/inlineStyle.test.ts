import { describe, expect, it } from 'vitest';
import { parseStyleAttribute, styleFacts } from '../../../../../src/renderer/editor/paste/inlineStyle';

describe('parseStyleAttribute', () => {
  it('reads Word\'s wrapped, quoted declarations and drops !important', () => {
    const declarations = parseStyleAttribute("font-family:Symbol;mso-fareast-font-family:\r\nSymbol; font-weight: 700 !important;;bogus");
    expect([...declarations]).toEqual([['font-family', 'Symbol'], ['mso-fareast-font-family', 'Symbol'], ['font-weight', '700']]);
  });
});

describe('styleFacts', () => {
  it.each([
    ['font-weight:700', { bold: true }],
    ['font-weight:bold', { bold: true }],
    ['font-weight:400', { bold: false }],
    ['font-weight:normal;', { bold: false }],
    ['font-style:italic', { italic: true }],
    ['text-decoration:underline', { underline: true }],
    ['text-decoration:line-through', { strike: true }],
    ['text-decoration:none', { underline: false, strike: false }],
    ['text-decoration-line: underline line-through', { underline: true, strike: true }],
    ['white-space:pre;white-space:pre-wrap;', { preserveWhitespace: true }],
    ['display:none', { hidden: true }],
    ['mso-hide:all', { hidden: true }],
    ['mso-list:Ignore', { wordListMarker: true }],
    ["text-indent:-18.0pt;mso-list:l1 level3 lfo2", { wordListLevel: { listId: 'l1', level: 3 } }],
    ["mso-tab-count:1", { wordTab: true }],
    ['color:#1155cc;font-size:11pt;background-color:transparent', {}],
  ])('%s', (style, facts) => {
    expect(styleFacts(style)).toEqual(facts);
  });

  it('reads the emphasis of a Google Docs span and nothing of its look', () => {
    const style = 'font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:italic;'
      + 'font-variant:normal;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;';
    expect(styleFacts(style)).toEqual({ bold: true, italic: true, underline: true, preserveWhitespace: true });
  });

  it('has nothing to say about a missing style', () => {
    expect(styleFacts(null)).toEqual({});
  });
});
