import { describe, expect, it } from 'vitest';
import { mergeAttendanceRows } from '../../../../../src/shared/parsers/attendance/merge';
import type { AttendanceRow } from '../../../../../src/shared/parsers/attendance/types';

const row = (rawName: string, join: string, leave: string, extra: Partial<AttendanceRow> = {}): AttendanceRow => ({
  rawName,
  join: `2023-07-20T${join}`,
  leave: `2023-07-20T${leave}`,
  isGuest: false,
  ...extra,
});

describe('mergeAttendanceRows', () => {
  it('merges joins by e-mail address, whatever the screen name, and sums the vendor minutes', () => {
    const [chris, ...others] = mergeAttendanceRows([
      row('Chris Buckridge', '14:00:00', '14:30:00', { email: 'chris@example.net', minutes: 30 }),
      row('Chris B', '14:31:00', '15:00:00', { email: 'CHRIS@example.net', minutes: 29 }),
    ]);
    expect(others).toEqual([]);
    expect(chris).toEqual({
      displayName: 'Chris Buckridge',
      name: 'Chris Buckridge',
      email: 'chris@example.net',
      firstJoin: '2023-07-20T14:00:00',
      lastLeave: '2023-07-20T15:00:00',
      totalMinutes: 59,
      isGuest: false,
      isDevice: false,
      rawNames: ['Chris Buckridge', 'Chris B'],
    });
  });

  it('merges joins by cleaned name across accents, case, normal form and suffixes', () => {
    const people = mergeAttendanceRows([
      row('Wolfgang Kleinwächter'.normalize('NFD'), '14:00:00', '14:10:00'),
      row('WOLFGANG KLEINWÄCHTER (External)', '14:20:00', '14:30:00'),
    ]);
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ totalMinutes: 20, isGuest: true, rawNames: ['Wolfgang Kleinwächter'.normalize('NFD'), 'WOLFGANG KLEINWÄCHTER (External)'] });
  });

  it('keeps people with the same name but different addresses apart', () => {
    const people = mergeAttendanceRows([
      row('Chris', '14:00:00', '14:10:00', { email: 'chris.buckridge@example.net' }),
      row('Chris', '14:00:00', '14:10:00', { email: 'chris.roach@example.org' }),
    ]);
    expect(people.map((person) => person.email)).toEqual(['chris.buckridge@example.net', 'chris.roach@example.org']);
  });

  it('counts overlapping joins (laptop and phone at once) only once', () => {
    const [jim] = mergeAttendanceRows([
      row('Jim Prendergast', '14:00:00', '15:00:00', { email: 'jim@example.com', minutes: 60 }),
      row('Jim Prendergast', '14:20:00', '14:50:00', { email: 'jim@example.com', minutes: 30 }),
    ]);
    expect(jim?.totalMinutes).toBe(60);
  });

  it('prefers the original name of a renamed person, unless the original is a device', () => {
    const [timea, jim] = mergeAttendanceRows([
      row('Timea Suto - ICC', '14:00:00', '14:10:00', { originalName: 'Timea Suto' }),
      row('Jim Prendergast', '14:00:00', '14:10:00', { originalName: "Jim's iPhone" }),
    ]);
    expect(timea).toMatchObject({ displayName: 'Timea Suto - ICC', name: 'Timea Suto', rawNames: ['Timea Suto - ICC', 'Timea Suto'] });
    expect(jim).toMatchObject({ name: 'Jim Prendergast', isDevice: false });
  });

  it('marks devices and their owners, and names a merged group after the person rather than the device', () => {
    const [device, mixed] = mergeAttendanceRows([
      row("Jim's iPhone", '14:00:00', '14:10:00'),
      row('Galaxy S21', '14:00:00', '14:10:00', { email: 'paul@example.ug' }),
      row('Paul Kasoma', '14:30:00', '14:40:00', { email: 'paul@example.ug' }),
    ]);
    expect(device).toMatchObject({ name: "Jim's iPhone", isDevice: true, deviceOwnerHint: 'Jim' });
    expect(mixed).toMatchObject({ name: 'Paul Kasoma', isDevice: false, rawNames: ['Galaxy S21', 'Paul Kasoma'] });
  });

  it('adds vendor minutes of rows without times, and leaves out what is unknown', () => {
    const people = mergeAttendanceRows([
      { rawName: 'Muriel Alapini', minutes: 40, isGuest: false },
      { rawName: 'Muriel Alapini', minutes: 5, isGuest: true },
      { rawName: 'Paul Kasoma', isGuest: false },
    ]);
    expect(people).toEqual([
      { displayName: 'Muriel Alapini', name: 'Muriel Alapini', totalMinutes: 45, isGuest: true, isDevice: false, rawNames: ['Muriel Alapini'] },
      { displayName: 'Paul Kasoma', name: 'Paul Kasoma', isGuest: false, isDevice: false, rawNames: ['Paul Kasoma'] },
    ]);
  });
});
