/**
 * Dates and times as people type them in notes and reports: "2023-08-31",
 * "31 August 2023", "August 31, 2023", "31/08/2023" (day first, as the
 * secretariats writing these reports do), "14:00 UTC", "2 pm CEST".
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_WORD = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;

/** The pieces of a date, each with the text that matched, so callers can cut it out. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const DATE_PATTERNS: ReadonlyArray<{ pattern: RegExp; read: (match: RegExpExecArray) => [number, number, number] }> = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/u, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { pattern: new RegExp(String.raw`\b${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD},?\s+(\d{4})\b`, 'iu'), read: (m) => [Number(m[3]), monthNumber(m[2]!), Number(m[1])] },
  { pattern: new RegExp(String.raw`\b${WEEKDAY}${MONTH_WORD}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'iu'), read: (m) => [Number(m[3]), monthNumber(m[1]!), Number(m[2])] },
  { pattern: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/u, read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
];

function monthNumber(word: string): number {
  const key = word.toLowerCase().replace(/\.$/u, '').slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(key)) + 1;
}

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first real calendar date written in the text, and where it is. */
export function findDate(text: string): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const { pattern, read } of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const iso = isoDate(...read(match));
    if (iso !== undefined && (best === undefined || match.index < best.index)) best = { iso, index: match.index, length: match[0].length };
  }
  return best;
}

export interface FoundTime {
  /** HH:MM on the 24-hour clock */
  time: string;
  /** The zone written after the time ("UTC", "CEST", "Europe/Geneva"), if any. */
  timeZone?: string;
  index: number;
}

const TIME = /\b(\d{1,2})(?:[:.h](\d{2})(?![./]\d))?\s*(am|pm|a\.m\.|p\.m\.)?(?:\s*(?:hrs?|hours))?(?:\s*[–—-]\s*\d{1,2}[:.h]\d{2})?\s*((?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[A-Z][a-z]+\/[A-Za-z_]+|[A-Z]{2,5}T)?/gu;

/** The first time of day written in the text ("14:00 UTC", "2 pm", "14h00 CEST", the start of "13:00–15:00 CET"); a bare number is no time. */
export function findTime(text: string): FoundTime | undefined {
  for (const match of text.matchAll(TIME)) {
    const [, hours, minutes, meridiem, zone] = match;
    if (minutes === undefined && meridiem === undefined) continue;
    let hour = Number(hours);
    const meridiemKey = meridiem?.replace(/\./gu, '').toLowerCase();
    if (meridiemKey === 'pm' && hour < 12) hour += 12;
    if (meridiemKey === 'am' && hour === 12) hour = 0;
    const minute = Number(minutes ?? '0');
    if (hour > 23 || minute > 59) continue;
    const found: FoundTime = { time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, index: match.index };
    if (zone) found.timeZone = zone.replace(/\s+/gu, '');
    return found;
  }
  return undefined;
}
