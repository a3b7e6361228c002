/** How a report writes numeric dates: 07/20/2023 (month first) or 20/07/2023 (day first). */
export type DateOrder = 'month-first' | 'day-first';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?`;
const ISO_DATE_TIME = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T,]+)${TIME}$`, 'u');
const NUMERIC_DATE_TIME = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2}),?\s+${TIME}$`, 'u');
const NAMED_MONTH_DATE_TIME = new RegExp(String.raw`^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4}),?\s+${TIME}$`, 'u');
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})[/.-](?:\d{4}|\d{2})/u;

const pad = (value: number) => String(value).padStart(2, '0');

function isValidDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function localIso(year: number, month: number, day: number, clock: readonly (string | undefined)[]): string | undefined {
  const [hourText, minuteText, secondText, meridiem] = clock;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText ?? '0');
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59 || !isValidDate(year, month, day)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/**
 * A report's date and time as a local ISO string ("2023-07-20T14:01:13"): Zoom's
 * "07/20/2023 02:01:13 PM", Teams' "7/20/23, 2:01:13 PM" or "20/07/2023, 14:01:13",
 * "2023-07-20 14:01:13", "Jul 20, 2023 02:01 PM". Undefined when it is none of these.
 */
export function parseReportDateTime(text: string, order: DateOrder): string | undefined {
  const trimmed = text.trim();
  const iso = ISO_DATE_TIME.exec(trimmed);
  if (iso) return localIso(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso.slice(4));
  const numeric = NUMERIC_DATE_TIME.exec(trimmed);
  if (numeric) {
    const [first, second] = [Number(numeric[1]), Number(numeric[2])];
    const [month, day] = order === 'month-first' ? [first, second] : [second, first];
    return localIso(fullYear(numeric[3] ?? ''), month, day, numeric.slice(4));
  }
  const named = NAMED_MONTH_DATE_TIME.exec(trimmed);
  const month = named ? MONTHS.indexOf((named[1] ?? '').slice(0, 3).toLowerCase()) + 1 : 0;
  return named && month > 0 ? localIso(Number(named[3]), month, Number(named[2]), named.slice(4)) : undefined;
}

export interface DateOrderGuess {
  order: DateOrder;
  /** Whether some date reads differently in the two orders and nothing in the file settles which is meant. */
  ambiguous: boolean;
}

/**
 * The date order of a file, from all its date cells: a first number above 12 means day
 * first, a second above 12 month first. Otherwise the clock decides: US exports (month
 * first) write AM/PM; the locales that write the 24-hour clock put the day first.
 */
export function guessDateOrder(cells: readonly string[]): DateOrderGuess {
  const dates = cells.map((cell) => ({ cell, match: NUMERIC_DATE.exec(cell.trim()) })).filter((date) => date.match !== null);
  const firsts = dates.map(({ match }) => Number(match?.[1]));
  const seconds = dates.map(({ match }) => Number(match?.[3]));
  if (firsts.some((value) => value > 12)) return { order: 'day-first', ambiguous: false };
  if (seconds.some((value) => value > 12)) return { order: 'month-first', ambiguous: false };
  const differs = firsts.some((value, index) => value !== seconds[index]);
  const usesMeridiem = dates.some(({ cell }) => /[AaPp]\.?[Mm]\.?\s*$/u.test(cell.trim()));
  return { order: usesMeridiem ? 'month-first' : 'day-first', ambiguous: differs };
}

const DURATION_PARTS = /^(?:(\d+)\s*h(?:rs?|ours?)?)?\s*(?:(\d+)\s*m(?:in(?:utes?|s)?)?)?\s*(?:(\d+)\s*s(?:ec(?:onds?|s)?)?)?$/iu;
const CLOCK_DURATION = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/u;

/** Minutes of a duration as reports write it: "1h 6m 38s", "52m 10s", "38s", "1 hr 6 min", "01:06:38", "66" (minutes). */
export function parseDurationMinutes(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(?:\.\d+)?$/u.test(trimmed)) return Math.round(Number(trimmed));
  const clock = CLOCK_DURATION.exec(trimmed);
  if (clock) return Math.round(Number(clock[1] ?? '0') * 60 + Number(clock[2]) + Number(clock[3]) / 60);
  const parts = DURATION_PARTS.exec(trimmed);
  if (!parts || trimmed === '' || parts.slice(1).every((part) => part === undefined)) return undefined;
  const [hours, minutes, seconds] = parts.slice(1, 4).map((part) => Number(part ?? '0'));
  return Math.round((hours ?? 0) * 60 + (minutes ?? 0) + (seconds ?? 0) / 60);
}

/** Milliseconds of a local ISO time on a zone-less scale: good for differences within one report. */
export function localTimeValue(isoLocal: string): number {
  const [date = '', time = ''] = isoLocal.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute, second] = time.split(':').map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
}

/** A warning when the date order of a file had to be guessed, saying how dates were read. */
export function dateOrderWarnings(guess: DateOrderGuess): string[] {
  if (!guess.ambiguous) return [];
  const reading = guess.order === 'month-first' ? 'month first (07/08 = 8 July)' : 'day first (07/08 = 7 August)';
  return [`Some dates could be read either way; they were read ${reading}.`];
}
