import { describe, expect, it } from 'vitest';
import { formatFromBits, mergeRuns, trimRuns } from '../../../../src/shared/report/runs';

describe('runs', () => {
  it('reads Lexical\'s format bits: bold 1, italic 2, strikethrough 4, underline 8, code 16', () => {
    expect(formatFromBits(0)).toEqual({});
    expect(formatFromBits(1 | 2)).toEqual({ bold: true, italic: true });
    expect(formatFromBits(4 | 8 | 16)).toEqual({ strike: true, underline: true, code: true });
    expect(formatFromBits(32)).toEqual({});
  });

  it('merges neighbours that look alike and drops empty runs', () => {
    expect(mergeRuns([{ text: 'Chris' }, { text: '' }, { text: ' said ' }, { text: 'this', italic: true }, { text: '!', italic: true }]))
      .toEqual([{ text: 'Chris said ' }, { text: 'this!', italic: true }]);
    expect(mergeRuns([{ text: 'a', link: 'https://a.example' }, { text: 'b', link: 'https://b.example' }])).toHaveLength(2);
  });

  it('trims blanks at the paragraph\'s ends only', () => {
    expect(trimRuns([{ text: '  ' }, { text: ' Chris  said ', bold: true }, { text: ' ' }])).toEqual([{ text: 'Chris  said', bold: true }]);
    expect(trimRuns([{ text: ' \n ' }])).toEqual([]);
  });
});
