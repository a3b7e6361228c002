import { describe, expect, it } from 'vitest';
import { NO_MARKS, type CleanInline } from '../../../../../src/renderer/editor/paste/cleanContent';
import { classifyListMarker, nestWordListEntries, type WordListEntry } from '../../../../../src/renderer/editor/paste/wordLists';

describe('classifyListMarker', () => {
  it.each([
    ['1.', 'number', 1], ['12)', 'number', 12], ['(3)', 'number', 3], ['2.4.', 'number', 4],
    ['a.', 'number', 1], ['c)', 'number', 3], ['i.', 'number', 1], ['iv.', 'number', 4], ['xii)', 'number', 12],
    ['·', 'bullet', 1], ['o', 'bullet', 1], ['§', 'bullet', 1], ['-', 'bullet', 1], ['', 'bullet', 1], ['\u00a0\u00a0•', 'bullet', 1],
  ] as const)('"%s" is a %s list starting at %d', (marker, listType, start) => {
    expect(classifyListMarker(marker)).toEqual({ listType, start });
  });
});

const words = (text: string): CleanInline[] => [{ kind: 'text', text, marks: NO_MARKS }];
const entry = (level: number, text: string, listType: 'bullet' | 'number' = 'bullet', listId = 'l0', start = 1): WordListEntry => (
  { listId, level, listType, start, inlines: words(text) }
);
const outline = (lists: ReturnType<typeof nestWordListEntries>): unknown => lists.map((list) => ({
  [list.listType]: list.items.map((item) => [item.inlines.map((inline) => (inline.kind === 'text' ? inline.text : '\n')).join(''), ...(item.lists.length ? [outline(item.lists)] : [])]),
}));

describe('nestWordListEntries', () => {
  it('nests levels under the item before them and comes back out', () => {
    const lists = nestWordListEntries([entry(1, 'A'), entry(2, 'A.1'), entry(2, 'A.2'), entry(3, 'A.2.x'), entry(1, 'B')]);
    expect(outline(lists)).toEqual([{ bullet: [['A', [{ bullet: [['A.1'], ['A.2', [{ bullet: [['A.2.x']] }]]] }]], ['B']] }]);
  });

  it('treats a jump of several levels as one level deeper', () => {
    expect(outline(nestWordListEntries([entry(1, 'A'), entry(3, 'deep')]))).toEqual([{ bullet: [['A', [{ bullet: [['deep']] }]]] }]);
  });

  it('starts a new list when the type or the Word list changes at the top', () => {
    const lists = nestWordListEntries([entry(1, 'one', 'number'), entry(1, 'two', 'number'), entry(1, 'dot'), entry(1, 'other', 'bullet', 'l1')]);
    expect(outline(lists)).toEqual([{ number: [['one'], ['two']] }, { bullet: [['dot']] }, { bullet: [['other']] }]);
  });

  it('keeps numbered sub-items in their own numbered list and the first marker\'s number as the start', () => {
    const lists = nestWordListEntries([entry(1, 'Item', 'number', 'l0', 3), entry(2, 'sub', 'number')]);
    expect(lists[0]).toMatchObject({ listType: 'number', start: 3, items: [{ lists: [{ listType: 'number', start: 1 }] }] });
  });

  it('puts a run that starts below the top level at the top', () => {
    expect(outline(nestWordListEntries([entry(2, 'orphan')]))).toEqual([{ bullet: [['orphan']] }]);
  });
});
