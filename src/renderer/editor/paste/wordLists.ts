import type { CleanInline, CleanList, CleanListItem, ListType } from './cleanContent';

/**
 * Word (and Outlook, which shares its engine) puts lists on the clipboard as
 * flat paragraphs, each with `mso-list: l<list> level<n>` and a typed-out
 * marker ("1.", "a)", "·"). These pure functions turn such a run of
 * paragraphs back into real nested lists.
 */

export interface WordListEntry {
  listId: string;
  level: number;
  listType: ListType;
  /** The number the marker shows ("3." → 3); the list starts from its first item's. */
  start: number;
  inlines: CleanInline[];
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function romanValue(numeral: string): number {
  let total = 0;
  const digits = numeral.toLowerCase().split('').map((digit) => ROMAN_VALUES[digit]!);
  digits.forEach((value, index) => {
    total += value < (digits[index + 1] ?? 0) ? -value : value;
  });
  return total;
}

/** What a Word list marker says: numbered ("1.", "1.2.", "a)", "iv.", "(3)") or a bullet (anything else). */
export function classifyListMarker(marker: string): { listType: ListType; start: number } {
  const text = marker.replace(/\s+/g, '').replace(/^\(/, '');
  const decimal = /^(?:\d+\.)*(\d+)[.)]?$/.exec(text);
  if (decimal) return { listType: 'number', start: Number(decimal[1]) };
  // "i." is read as roman; any other single letter ("c.", "v)") as alphabetic, as in Word's a, b, c lists.
  const roman = /^(i|[ivxlcdm]{2,})[.)]$/i.exec(text);
  if (roman && /^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i.test(roman[1]!)) {
    return { listType: 'number', start: romanValue(roman[1]!) };
  }
  const letter = /^([a-z])[.)]$/i.exec(text);
  if (letter) return { listType: 'number', start: letter[1]!.toLowerCase().charCodeAt(0) - 96 };
  return { listType: 'bullet', start: 1 };
}

function newList(entry: WordListEntry): CleanList {
  return { kind: 'list', listType: entry.listType, start: entry.start, items: [] };
}

function lastItem(list: CleanList): CleanListItem {
  let item = list.items[list.items.length - 1];
  if (!item) {
    item = { inlines: [], lists: [] };
    list.items.push(item);
  }
  return item;
}

/**
 * Nests flat entries by level. A level deeper than the one before opens a list
 * under the previous item (a jump of several levels counts as one); a change
 * of list type or of Word list at the same level starts a new list there.
 */
export function nestWordListEntries(entries: readonly WordListEntry[]): CleanList[] {
  const topLevel: CleanList[] = [];
  // open[d] is the list currently receiving items at depth d; openIds[d] the Word list it came from.
  const open: CleanList[] = [];
  const openIds: string[] = [];
  for (const entry of entries) {
    const depth = Math.min(entry.level, open.length + 1) - 1;
    open.length = Math.min(open.length, depth + 1);
    openIds.length = open.length;
    const current = open[depth];
    if (!current || current.listType !== entry.listType || (depth === 0 && openIds[0] !== entry.listId)) {
      const list = newList(entry);
      if (depth === 0) topLevel.push(list);
      else lastItem(open[depth - 1]!).lists.push(list);
      open[depth] = list;
      openIds[depth] = entry.listId;
    }
    open[depth]!.items.push({ inlines: entry.inlines, lists: [] });
  }
  return topLevel;
}
