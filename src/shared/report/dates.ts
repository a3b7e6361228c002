import type { ZonedDateTime } from '../meeting/schema';

/**
 * Dates, times and ordinals as the meeting's language writes them. Intl knows
 * every month name and date order; only the ordinal suffixes are ours, because
 * Intl.PluralRules says which form a number takes ("one", "two", "few", "other")
 * but not how that form is written.
 */

/** The suffix of each ordinal form, per language. A language not listed prints the bare number. */
const ORDINAL_SUFFIXES: Readonly<Record<string, Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>>> = {
  en: { one: 'st', two: 'nd', few: 'rd', other: 'th' },
  fr: { one: 'er', other: 'e' },
  de: { other: '.' },
  nl: { other: 'e' },
  es: { other: 'º' },
  it: { other: 'º' },
  pt: { other: 'º' },
  sv: { one: ':a', other: ':e' },
};

/** A locale Intl accepts: the meeting's if valid, else English, so a typo never stops an export. */
export function resolveLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * The languages above write numbers in ASCII digits in every region. A whole
 * number's digits there are String(value), as Intl.NumberFormat would write
 * them without grouping; the first NumberFormat of a process costs milliseconds
 * of ICU set-up, a tenth of a command-line export. (A tag with a -u- extension,
 * which could ask for other digits, does not match.)
 */
const ASCII_DIGIT_LOCALE = /^(?:en|fr|de|nl|es|it|pt|sv)(?:-[A-Z]{2}|-\d{3})?$/;

function digitsOf(value: number, tag: string): string {
  if (ASCII_DIGIT_LOCALE.test(tag) && Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0)) return String(value);
  return new Intl.NumberFormat(tag, { useGrouping: false }).format(value);
}

/** "60th" in English, "60e" in French: the number in the ordinal form the language uses. */
export function ordinal(value: number, locale: string): string {
  const tag = resolveLocale(locale);
  const digits = digitsOf(value, tag);
  const suffixes = ORDINAL_SUFFIXES[tag.split('-')[0]!.toLowerCase()];
  if (!suffixes) return digits;
  const form = new Intl.PluralRules(tag, { type: 'ordinal' }).select(value);
  return digits + (suffixes[form] ?? suffixes.other ?? '');
}

/** The ways a report writes one moment. */
export type MomentText = {
  /** "20 July 2023" */
  date: string;
  /** "20 July" */
  dayMonth: string;
  /** "14:00" (or "2:00 PM" where the language uses a 12-hour clock) */
  time: string;
  /** "UTC", "CEST"; the zone as written when Intl does not know it */
  timeZone: string;
  /** "20 July 2023 at 14:00 UTC", the title block's line */
  full: string;
};

/** Writes a wall-clock time in its zone, in the given language. */
export function describeMoment(moment: ZonedDateTime, locale: string): MomentText {
  const tag = resolveLocale(locale);
  const zone = knownTimeZone(moment.timeZone);
  const wallClock = wallClockAsUtc(moment);
  // An unknown zone: show the wall clock as written (formatted in UTC) and the zone's name as typed.
  const at = new Date(zone ? instantOfWallClock(wallClock, zone) : wallClock);
  const timeZone = zone ?? 'UTC';
  const format = (options: Intl.DateTimeFormatOptions) => dateTimeFormat(tag, { timeZone, ...options }).format(at);
  const clock: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
  const zoneName = zone ? zoneAbbreviation(at, tag, zone) : moment.timeZone;
  return {
    date: format({ day: 'numeric', month: 'long', year: 'numeric' }),
    dayMonth: format({ day: 'numeric', month: 'long' }),
    time: format(clock),
    timeZone: zoneName,
    full: zone
      ? format({ day: 'numeric', month: 'long', year: 'numeric', ...clock, timeZoneName: 'short' })
      : `${format({ day: 'numeric', month: 'long', year: 'numeric', ...clock })} ${zoneName}`,
  };
}

/**
 * A report writes the same moments several times (title, opening, lead-in), and
 * building a DateTimeFormat costs far more than using one: each is built once
 * per locale and options. Few are ever asked for; the cap only bounds a
 * long-running app that exports meetings in many zones.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 100;

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The zone's canonical name, if Intl knows it. "UTC" is its own, with a wall clock never off UTC (see instantOfWallClock). */
function knownTimeZone(zone: string): string | undefined {
  if (zone === 'UTC') return zone;
  try {
    return dateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The wall-clock time read as if it were UTC, in milliseconds. */
function wallClockAsUtc({ date, time }: ZonedDateTime): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return Date.UTC(year, month - 1, day, hour, minute);
}

/** The instant the zone's clocks show the wall-clock time; the second pass settles days when the offset changes. */
function instantOfWallClock(wallClock: number, zone: string): number {
  if (zone === 'UTC') return wallClock;
  const firstGuess = wallClock - zoneOffsetMs(wallClock, zone);
  return wallClock - zoneOffsetMs(firstGuess, zone);
}

/** How far the zone's wall clock is ahead of UTC at an instant. */
function zoneOffsetMs(instant: number, zone: string): number {
  const parts = dateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23',
    year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

function zoneAbbreviation(at: Date, locale: string, zone: string): string {
  const parts = dateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}
