import { describe, expect, it } from 'vitest';
import { findInText } from '../../../../../src/renderer/editor/find/textMatches';

const loose = { matchCase: false, wholeWord: false };

describe('findInText', () => {
  it('finds every occurrence, ignoring case by default', () => {
    expect(findInText('MAG met; the mag agreed. Mag!', 'mag', loose)).toEqual([{ start: 0, end: 3 }, { start: 13, end: 16 }, { start: 25, end: 28 }]);
  });

  it('matches case when asked', () => {
    expect(findInText('MAG met; the mag agreed', 'MAG', { ...loose, matchCase: true })).toEqual([{ start: 0, end: 3 }]);
  });

  it('matches whole words only when asked, in any script', () => {
    expect(findInText('IGF, IGFSA and the IGF’s LP', 'IGF', { ...loose, wholeWord: true })).toEqual([{ start: 0, end: 3 }, { start: 19, end: 22 }]);
    expect(findInText('réunion préparatoire', 'réunion', { ...loose, wholeWord: true })).toEqual([{ start: 0, end: 7 }]);
    expect(findInText('préréunion', 'réunion', { ...loose, wholeWord: true })).toEqual([]);
  });

  it('takes the query literally, pattern characters included', () => {
    expect(findInText('costs (USD) 1.5m, not 105m; a-b [x] {y} /z/ ^$|*+?\\', '1.5m', loose)).toEqual([{ start: 12, end: 16 }]);
    for (const query of ['(USD)', 'a-b', '[x]', '{y}', '/z/', '^$|*+?\\']) expect(findInText('costs (USD) a-b [x] {y} /z/ ^$|*+?\\', query, loose)).toHaveLength(1);
  });

  it('does not overlap matches and finds nothing for an empty query', () => {
    expect(findInText('aaaa', 'aa', loose)).toEqual([{ start: 0, end: 2 }, { start: 2, end: 4 }]);
    expect(findInText('anything', '', loose)).toEqual([]);
  });

  it('keeps offsets true where lower-casing changes a string\'s length', () => {
    const text = 'İstanbul and istanbul';
    expect(findInText(text, 'istanbul', loose).map(({ start, end }) => text.slice(start, end))).toContain('istanbul');
  });
});
