import { describe, expect, it } from 'vitest';
import { dateOrderWarnings, guessDateOrder, localTimeValue, parseDurationMinutes, parseReportDateTime } from '../../../../../src/shared/parsers/attendance/times';

describe('parseReportDateTime', () => {
  it.each([
    ['07/20/2023 02:01:13 PM', 'month-first', '2023-07-20T14:01:13'],
    ['07/20/2023 12:05:00 AM', 'month-first', '2023-07-20T00:05:00'],
    ['07/20/2023 12:05:00 PM', 'month-first', '2023-07-20T12:05:00'],
    ['7/20/23, 2:01:13 PM', 'month-first', '2023-07-20T14:01:13'],
    ['20/07/2023, 14:01:13', 'day-first', '2023-07-20T14:01:13'],
    ['20.07.2023, 14:01', 'day-first', '2023-07-20T14:01:00'],
    ['2023-07-20 14:01:13', 'day-first', '2023-07-20T14:01:13'],
    ['2023-07-20T14:01:13', 'month-first', '2023-07-20T14:01:13'],
    ['Jul 20, 2023 02:01 PM', 'month-first', '2023-07-20T14:01:00'],
  ] as const)('reads %j (%s) as %s', (text, order, iso) => {
    expect(parseReportDateTime(text, order)).toBe(iso);
  });

  it('rejects impossible dates and times and other text', () => {
    expect(parseReportDateTime('02/30/2023 10:00:00 AM', 'month-first')).toBeUndefined();
    expect(parseReportDateTime('07/20/2023 13:00:00 PM', 'month-first')).toBeUndefined();
    expect(parseReportDateTime('20/07/2023 24:00', 'day-first')).toBeUndefined();
    expect(parseReportDateTime('1h 5m', 'day-first')).toBeUndefined();
    expect(parseReportDateTime('', 'day-first')).toBeUndefined();
  });
});

describe('guessDateOrder', () => {
  it('settles the order from a number above 12', () => {
    expect(guessDateOrder(['07/08/2023 14:00', '20/07/2023 14:00'])).toEqual({ order: 'day-first', ambiguous: false });
    expect(guessDateOrder(['07/08/2023 02:00 PM', '07/20/2023 02:00 PM'])).toEqual({ order: 'month-first', ambiguous: false });
  });

  it('falls back on the clock and says when a date could be read either way', () => {
    expect(guessDateOrder(['07/08/2023 02:00:00 PM'])).toEqual({ order: 'month-first', ambiguous: true });
    expect(guessDateOrder(['07/08/2023, 14:00:00'])).toEqual({ order: 'day-first', ambiguous: true });
    expect(guessDateOrder(['07/07/2023, 14:00:00'])).toEqual({ order: 'day-first', ambiguous: false });
    expect(guessDateOrder([])).toEqual({ order: 'day-first', ambiguous: false });
  });

  it('explains an ambiguous reading in a warning', () => {
    expect(dateOrderWarnings({ order: 'day-first', ambiguous: true })).toEqual(['Some dates could be read either way; they were read day first (07/08 = 7 August).']);
    expect(dateOrderWarnings({ order: 'month-first', ambiguous: false })).toEqual([]);
  });
});

describe('parseDurationMinutes', () => {
  it.each([
    ['1h 6m 38s', 67],
    ['52m 10s', 52],
    ['38s', 1],
    ['20s', 0],
    ['30m', 30],
    ['2h', 120],
    ['1 hr 12 min', 72],
    ['01:06:38', 67],
    ['47:03', 47],
    ['66', 66],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(parseDurationMinutes(text)).toBe(minutes);
  });

  it('rejects what is not a duration', () => {
    expect(parseDurationMinutes('')).toBeUndefined();
    expect(parseDurationMinutes('soon')).toBeUndefined();
    expect(parseDurationMinutes('7/20/23, 2:01:13 PM')).toBeUndefined();
  });
});

describe('localTimeValue', () => {
  it('orders and measures times within a report', () => {
    expect(localTimeValue('2023-07-20T14:31:05') - localTimeValue('2023-07-20T13:58:40')).toBe((32 * 60 + 25) * 1000);
    expect(localTimeValue('2023-07-21T00:00:00')).toBeGreaterThan(localTimeValue('2023-07-20T23:59:59'));
  });
});
