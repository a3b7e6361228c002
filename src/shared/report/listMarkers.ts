import type { ListStyle, ReportListItem } from './model';

/**
 * How each kind of list numbers its levels. The builder prints these markers in
 * the labels text writers use; the Word writer turns the same table into real
 * numbering definitions, so both number a list the same way.
 */
export type NumberFormat = 'decimal' | 'lowerLetter' | 'lowerRoman' | 'bullet';

/** `suffix` follows the number ("1)", "a."); a bullet level has its `bullet` character instead. */
export type LevelFormat = { format: NumberFormat; suffix: string; bullet?: string };

const LEVELS: Readonly<Record<ListStyle, readonly LevelFormat[]>> = {
  agenda: [{ format: 'decimal', suffix: ')' }, { format: 'lowerLetter', suffix: '.' }, { format: 'lowerRoman', suffix: '.' }],
  participants: [{ format: 'decimal', suffix: '.' }],
  numbered: [{ format: 'decimal', suffix: ')' }, { format: 'lowerLetter', suffix: ')' }, { format: 'lowerRoman', suffix: ')' }],
  bulleted: [
    { format: 'bullet', suffix: '', bullet: '\u2022' },
    { format: 'bullet', suffix: '', bullet: '\u25E6' },
    { format: 'bullet', suffix: '', bullet: '\u25AA' },
  ],
};

/** Word numbers up to nine levels; deeper nesting reuses the deepest. */
export const MAX_LIST_LEVEL = 8;

/** The format of a level; levels deeper than the table repeat its cycle. */
export function levelFormat(style: ListStyle, level: number): LevelFormat {
  const levels = LEVELS[style];
  return levels[level % levels.length]!;
}

/** The marker of the n-th item (from 1) at a level: "3)", "c.", "•". */
export function marker(style: ListStyle, level: number, n: number): string {
  const { format, suffix, bullet } = levelFormat(style, level);
  return format === 'bullet' ? bullet ?? '\u2022' : numberText(format, n) + suffix;
}

export function numberText(format: Exclude<NumberFormat, 'bullet'>, n: number): string {
  if (format === 'lowerLetter') return lowerLetter(n);
  if (format === 'lowerRoman') return lowerRoman(n);
  return String(n);
}

/**
 * The markers of one list's items, given each item's level. The list's own level
 * counts from `start`; deeper levels count from 1 again under each new parent.
 */
export function listLabels(style: ListStyle, start: number, levels: readonly number[]): string[] {
  const baseLevel = Math.min(...levels);
  const counters: number[] = [];
  return levels.map((level) => {
    counters.length = level + 1; // forget deeper counters: they restart under this item
    const first = level === baseLevel ? start : 1;
    counters[level] = counters[level] === undefined ? first : counters[level]! + 1;
    return marker(style, level, counters[level]!);
  });
}

/** Sets every item's label, numbering each list (items sharing a listId) on its own. */
export function labelListItems(items: readonly ReportListItem[]): ReportListItem[] {
  const byList = new Map<number, ReportListItem[]>();
  for (const item of items) {
    const members = byList.get(item.listId);
    if (members) members.push(item);
    else byList.set(item.listId, [item]);
  }
  const labels = new Map<ReportListItem, string>();
  for (const members of byList.values()) {
    const first = members[0]!;
    const markers = listLabels(first.style, first.start, members.map((member) => member.level));
    members.forEach((member, index) => labels.set(member, markers[index]!));
  }
  return items.map((item) => ({ ...item, label: labels.get(item) ?? item.label }));
}

/** Word's letters: a…z, then aa…zz, then aaa… (not a spreadsheet's "aa, ab"). */
function lowerLetter(n: number): string {
  const index = (n - 1) % 26;
  return String.fromCharCode(97 + index).repeat(Math.floor((n - 1) / 26) + 1);
}

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function lowerRoman(n: number): string {
  let rest = n;
  let text = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      text += letters;
      rest -= value;
    }
  }
  return text;
}
