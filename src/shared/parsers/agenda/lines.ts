import { minutesBetween } from './durations';

/**
 * How a list line is numbered. Lines of one style at one indentation are siblings; the
 * parser uses the style of the first list line as the top level.
 */
export type MarkerStyle = 'decimal' | 'decimal-sub' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman' | 'time' | `bullet${string}`;

/** A single letter that is also a roman numeral ("i.", "v)", "I."): the parser decides from its neighbours. */
export interface AmbiguousLetter {
  letterOrdinal: number;
  romanOrdinal: number;
}

export type ClassifiedLine =
  | { kind: 'blank'; lineNumber: number }
  | { kind: 'text'; lineNumber: number; indent: number; text: string }
  | { kind: 'list'; lineNumber: number; indent: number; style: MarkerStyle; ordinal?: number; ambiguous?: AmbiguousLetter; text: string; durationMin?: number };

type Marker = { style: MarkerStyle; ordinal?: number; ambiguous?: AmbiguousLetter; durationMin?: number; length: number };

const TAB_WIDTH = 4;
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)+/u;
// "-", "*", "+" need a space after them so that "**bold**" and "-5" are not bullets. Word
// pastes bullets as Symbol-font private-use characters and its second level as "o" + tab.
const BULLET = /^(?:([-*+])[ \t]+|([•◦▪▫‣⁃●○■□·∙➢➤►▸✓✔\uF0B7\uF0A7\uF076\uF0D8\uF0FC])[ \t]*|(o)\t+)/u;
const ITEM_WORD = /^(?:agenda\s+)?item\s+(\d{1,3})\b\s*[.:)]?\s*(?:[-–—]\s+)?/iu;
const DECIMAL_SUB = /^\(?(\d{1,2})\.(\d{1,2})\.?\)?(?:\s+|$)/u;
const DECIMAL = /^(?:\((\d{1,3})\)\s*|(\d{1,3})(?:\.\)|[.)])(?=\s|$)\s*|(\d{1,3})\)(?=\S)|(\d{1,3})(?:\s*:|\s+[-–—])\s+)/u;
const LETTER = /^(?:\(([a-zA-Z])\)\s*|([a-zA-Z])(?:\.\)|[.)])(?=\s|$)\s*)/u;
const ROMAN = /^(?:\(([ivxlcIVXLC]{1,7})\)\s*|([ivxlcIVXLC]{1,7})(?:\.\)|[.)])(?=\s|$)\s*)/u;
const TIME = /^(\d{1,2})[:h](\d{2})(?:\s*(?:[-–—]|to)\s*(\d{1,2})[:h.](\d{2}))?(?:\s*(?:UTC|GMT|CES?T|EES?T|[AP]M))?\s*[-–—|:]?\s+/iu;
const TIME_RANGE_WITH_DOTS = /^(\d{1,2})\.(\d{2})\s*[-–—]\s*(\d{1,2})\.(\d{2})\s*[-–—|:]?\s+/u;

const ROMAN_VALUES: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** The value of a roman numeral, or undefined unless it is written the canonical way ("iv", not "iiii"). */
export function romanValue(numeral: string): number | undefined {
  const digits = Array.from(numeral.toLowerCase(), (letter) => ROMAN_VALUES[letter] ?? 0);
  if (digits.length === 0 || digits.includes(0)) return undefined;
  const value = digits.reduce((sum, digit, index) => sum + (digit < (digits[index + 1] ?? 0) ? -digit : digit), 0);
  return toRoman(value) === numeral.toLowerCase() ? value : undefined;
}

function toRoman(value: number): string {
  const table: Array<[number, string]> = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = value;
  let numeral = '';
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      numeral += letters;
      rest -= amount;
    }
  }
  return numeral;
}

function numberAt(match: RegExpExecArray, ...groups: number[]): string {
  return groups.map((group) => match[group]).find((value) => value !== undefined) ?? '';
}

function timeMarker(text: string): Marker | undefined {
  const match = TIME.exec(text) ?? TIME_RANGE_WITH_DOTS.exec(text);
  if (!match) return undefined;
  const [startHour, startMinute, endHour, endMinute] = [1, 2, 3, 4].map((group) => (match[group] === undefined ? undefined : Number(match[group])));
  if (startHour === undefined || startMinute === undefined || startHour > 23 || startMinute > 59) return undefined;
  const durationMin = endHour === undefined || endMinute === undefined ? undefined : minutesBetween(startHour, startMinute, endHour, endMinute);
  return durationMin === undefined ? { style: 'time', length: match[0].length } : { style: 'time', durationMin, length: match[0].length };
}

function letterOrRomanMarker(text: string): Marker | undefined {
  const roman = ROMAN.exec(text);
  const numeral = roman ? numberAt(roman, 1, 2) : '';
  const value = numeral === '' ? undefined : romanValue(numeral);
  const upper = numeral !== '' && numeral === numeral.toUpperCase();
  const letter = LETTER.exec(text);
  const letterText = letter ? numberAt(letter, 1, 2) : '';
  if (roman && value !== undefined && numeral.length > 1) return { style: upper ? 'upper-roman' : 'lower-roman', ordinal: value, length: roman[0].length };
  if (!letter) return undefined;
  const letterUpper = letterText === letterText.toUpperCase();
  const letterOrdinal = letterText.toLowerCase().charCodeAt(0) - 96;
  const style = letterUpper ? 'upper-alpha' : 'lower-alpha';
  if (value !== undefined) return { style, ordinal: letterOrdinal, ambiguous: { letterOrdinal, romanOrdinal: value }, length: letter[0].length };
  return { style, ordinal: letterOrdinal, length: letter[0].length };
}

function ordinalMarker(text: string, readTimes: boolean): Marker | undefined {
  const itemWord = ITEM_WORD.exec(text);
  if (itemWord) return { style: 'decimal', ordinal: Number(itemWord[1]), length: itemWord[0].length };
  const time = readTimes ? timeMarker(text) : undefined;
  if (time) return time;
  const sub = DECIMAL_SUB.exec(text);
  if (sub) return { style: 'decimal-sub', ordinal: Number(sub[2]), length: sub[0].length };
  const decimal = DECIMAL.exec(text);
  if (decimal) return { style: 'decimal', ordinal: Number(numberAt(decimal, 1, 2, 3, 4)), length: decimal[0].length };
  return letterOrRomanMarker(text);
}

function indentOf(whitespace: string): number {
  return Array.from(whitespace).reduce((columns, character) => columns + (character === '\t' ? TAB_WIDTH : 1), 0);
}

function listLine(lineNumber: number, indent: number, marker: Marker, text: string): ClassifiedLine {
  const line: ClassifiedLine = { kind: 'list', lineNumber, indent, style: marker.style, text };
  if (marker.ordinal !== undefined) line.ordinal = marker.ordinal;
  if (marker.ambiguous) line.ambiguous = marker.ambiguous;
  if (marker.durationMin !== undefined) line.durationMin = marker.durationMin;
  return line;
}

/**
 * Classifies one line of pasted agenda text: blank, plain text, or a list line with its
 * indentation, numbering style and the text after the number. E-mail quote marks
 * ("> > 1) …") are removed first and do not count as indentation. With readTimes off, a
 * line starting with a time ("14:00 UTC, Thursday") is plain text.
 */
export function classifyLine(rawLine: string, lineNumber: number, readTimes = true): ClassifiedLine {
  const unquoted = rawLine.replace(QUOTE_MARKS, '').replace(/\u00A0/gu, ' ');
  const content = unquoted.trimStart();
  if (content.trim() === '') return { kind: 'blank', lineNumber };
  const indent = indentOf(unquoted.slice(0, unquoted.length - content.length));
  const bullet = BULLET.exec(content);
  const afterBullet = bullet ? content.slice(bullet[0].length) : content;
  const marker = ordinalMarker(afterBullet, readTimes);
  if (marker) return listLine(lineNumber, indent, marker, afterBullet.slice(marker.length).trim());
  if (bullet) {
    const glyph = bullet[1] ?? bullet[2] ?? bullet[3] ?? '';
    return listLine(lineNumber, indent, { style: `bullet${glyph}`, length: 0 }, afterBullet.trim());
  }
  return { kind: 'text', lineNumber, indent, text: content.trim() };
}
