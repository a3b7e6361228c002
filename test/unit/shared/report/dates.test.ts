import { describe, expect, it } from 'vitest';
import { describeMoment, ordinal, resolveLocale } from '../../../../src/shared/report/dates';

const REFERENCE_START = { date: '2023-07-20', time: '14:00', timeZone: 'UTC' };

describe('ordinal', () => {
  it('writes English ordinals with the suffix Intl.PluralRules picks', () => {
    const cases: Array<[number, string]> = [
      [1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'],
      [21, '21st'], [22, '22nd'], [23, '23rd'], [60, '60th'], [101, '101st'], [111, '111th'], [112, '112th'],
    ];
    for (const [value, expected] of cases) expect(ordinal(value, 'en-GB')).toBe(expected);
  });

  it('writes French ordinals: 1er, then e', () => {
    expect([1, 2, 21, 60].map((value) => ordinal(value, 'fr'))).toEqual(['1er', '2e', '21e', '60e']);
  });

  it('prints the bare number for a language without known suffixes rather than a wrong one', () => {
    expect(ordinal(60, 'ja')).toBe('60');
  });

  it('writes the digits Intl.NumberFormat writes, in every region of the languages it writes without one', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const regions = [...letters].flatMap((first) => [...letters].map((second) => `-${first}${second}`));
    for (const language of ['en', 'fr', 'de', 'nl', 'es', 'it', 'pt', 'sv']) {
      for (const tag of [language, `${language}-419`, `${language}-001`, ...regions.map((region) => language + region)]) {
        const digits = new Intl.NumberFormat(resolveLocale(tag), { useGrouping: false }).format(60);
        expect(ordinal(60, tag).slice(0, digits.length), tag).toBe(digits);
      }
      for (const value of [0, 1, 9, 10, 99, 1000, 12345, 100000, Number.MAX_SAFE_INTEGER, -1, 1.5, -0]) {
        const digits = new Intl.NumberFormat(language, { useGrouping: false }).format(value);
        expect(ordinal(value, language).slice(0, digits.length), `${language} ${value}`).toBe(digits);
      }
    }
  });

  it('still asks Intl for the digits of a language, or a numbering system, that may not be ASCII', () => {
    expect(ordinal(60, 'ar-EG')).toBe(new Intl.NumberFormat('ar-EG', { useGrouping: false }).format(60));
    expect(ordinal(60, 'ar-EG')).not.toBe('60');
    expect(ordinal(60, 'en-u-nu-arab')).toBe(`${new Intl.NumberFormat('en-u-nu-arab').format(60)}th`);
  });
});

describe('describeMoment', () => {
  it('writes the reference meeting\'s date in British English', () => {
    expect(describeMoment(REFERENCE_START, 'en-GB')).toEqual({
      date: '20 July 2023', dayMonth: '20 July', time: '14:00', timeZone: 'UTC', full: '20 July 2023 at 14:00 UTC',
    });
  });

  it('writes it in French with French month names and word order', () => {
    expect(describeMoment(REFERENCE_START, 'fr')).toEqual({
      date: '20 juillet 2023', dayMonth: '20 juillet', time: '14:00', timeZone: 'UTC', full: '20 juillet 2023 à 14:00 UTC',
    });
  });

  it('follows the language\'s clock: a 12-hour clock in US English', () => {
    expect(describeMoment(REFERENCE_START, 'en-US').time).toMatch(/^2:00\s?PM$/);
  });

  it('keeps the wall-clock time of a named zone and names the zone as the language does', () => {
    const geneva = describeMoment({ date: '2023-07-20', time: '16:00', timeZone: 'Europe/Zurich' }, 'en-GB');
    expect(geneva.time).toBe('16:00');
    expect(geneva.date).toBe('20 July 2023');
    expect(geneva.timeZone).toBe('CEST');
    expect(describeMoment({ date: '2023-01-20', time: '16:00', timeZone: 'Europe/Zurich' }, 'en-GB').timeZone).toBe('CET');
  });

  it('keeps the wall clock on either side of a daylight-saving change', () => {
    expect(describeMoment({ date: '2023-03-26', time: '03:30', timeZone: 'Europe/Zurich' }, 'en-GB').time).toBe('3:30');
    expect(describeMoment({ date: '2023-11-05', time: '01:30', timeZone: 'America/New_York' }, 'en-GB').time).toBe('1:30');
    // Far from UTC, a wrong offset would move the day itself.
    expect(describeMoment({ date: '2023-07-20', time: '00:30', timeZone: 'Pacific/Auckland' }, 'en-GB').dayMonth).toBe('20 July');
    expect(describeMoment({ date: '2023-07-20', time: '23:30', timeZone: 'Pacific/Honolulu' }, 'en-GB').dayMonth).toBe('20 July');
  });

  it('writes a UTC moment as it writes the same moment in another name of UTC, in any language', () => {
    for (const locale of ['en', 'en-GB', 'en-US', 'fr', 'de-CH', 'ar-EG', 'ja', 'hi', 'he']) {
      for (const moment of [REFERENCE_START, { date: '2024-02-29', time: '00:05', timeZone: 'UTC' }, { date: '1999-12-31', time: '23:59', timeZone: 'UTC' }]) {
        expect(describeMoment(moment, locale), `${locale} ${moment.date}`).toEqual(describeMoment({ ...moment, timeZone: 'Etc/UTC' }, locale));
      }
    }
  });

  it('gives the same text when asked again', () => {
    const zurich = { date: '2023-07-20', time: '16:00', timeZone: 'Europe/Zurich' };
    expect(describeMoment(zurich, 'fr')).toEqual(describeMoment(zurich, 'fr'));
    expect(describeMoment(REFERENCE_START, 'en-GB')).toEqual(describeMoment(REFERENCE_START, 'en-GB'));
  });

  it('shows a zone Intl does not know as typed, with the wall clock unchanged', () => {
    const moment = describeMoment({ date: '2023-07-20', time: '14:00', timeZone: 'Europe/Geneva' }, 'en-GB');
    expect(moment).toMatchObject({ time: '14:00', timeZone: 'Europe/Geneva', full: '20 July 2023 at 14:00 Europe/Geneva' });
  });
});

describe('resolveLocale', () => {
  it('keeps a valid tag and falls back to English for one Intl refuses', () => {
    expect(resolveLocale('en-GB')).toBe('en-GB');
    expect(resolveLocale('en_GB')).toBe('en');
    expect(describeMoment(REFERENCE_START, 'not a locale!').date).toBe('July 20, 2023');
  });
});
