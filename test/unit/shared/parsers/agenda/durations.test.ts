import { describe, expect, it } from 'vitest';
import { minutesBetween, parseDuration } from '../../../../../src/shared/parsers/agenda/durations';

describe('parseDuration', () => {
  it.each([
    ['10 min', 10],
    ['10 mins', 10],
    ['15 minutes', 15],
    ['1 minute', 1],
    ["5'", 5],
    ['5’', 5],
    ['20 min.', 20],
    ['1 h', 60],
    ['1h', 60],
    ['2 hours', 120],
    ['1.5 hours', 90],
    ['1,5 h', 90],
    ['1h30', 90],
    ['1 h 15 min', 75],
    ['1 hour and 30 minutes', 90],
    ['approx. 20 min', 20],
    ['ca. 10 min', 10],
    ['~5 min', 5],
    ['5-10 min', 10],
    ['  45 MIN  ', 45],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['GDC', 'Timea Suto', '10', '2023', 'min', '0 min', '25 hours', '10 min of discussion', ''])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('minutesBetween', () => {
  it('counts the minutes between two times of a day', () => {
    expect(minutesBetween(14, 0, 14, 15)).toBe(15);
    expect(minutesBetween(9, 45, 11, 0)).toBe(75);
  });

  it('counts forward across midnight and rejects an empty span', () => {
    expect(minutesBetween(23, 50, 0, 10)).toBe(20);
    expect(minutesBetween(14, 0, 14, 0)).toBeUndefined();
  });
});
