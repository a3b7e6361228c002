import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../../../../src/shared/parsers/attendance/decode';
import { legacyColumnsOf, parseTeamsLegacyReport } from '../../../../../src/shared/parsers/attendance/teamsLegacy';
import { readAttendanceFixture } from './fixtureFiles';

describe('parseTeamsLegacyReport', () => {
  const report = parseTeamsLegacyReport(decodeReport(readAttendanceFixture('teams-legacy-attendance.csv')).text);
  const byName = (name: string) => report.people.find((person) => person.name === name);

  it('pairs joins and leaves into one record per person, in day-first dates', () => {
    expect(report.source).toBe('teams-legacy');
    expect(report.people.map((person) => person.name)).toEqual(['Chris Buckridge', 'Jim’s iPad', 'Carol Roach', 'Justine Fair', 'Concettina Cassa', 'Ross Creelman']);
    expect(byName('Chris Buckridge')).toEqual({
      displayName: 'Chris Buckridge',
      name: 'Chris Buckridge',
      firstJoin: '2023-07-20T13:57:12',
      lastLeave: '2023-07-20T15:04:50',
      totalMinutes: 67,
      isGuest: false,
      isDevice: false,
      rawNames: ['Chris Buckridge'],
    });
    expect(byName('Carol Roach')).toMatchObject({ firstJoin: '2023-07-20T13:59:40', lastLeave: '2023-07-20T14:45:00', totalMinutes: 45 });
  });

  it('counts a stay without "Left" up to the last time in the file, and says so', () => {
    expect(byName('Ross Creelman')).toMatchObject({ isGuest: true, lastLeave: '2023-07-20T15:04:55', totalMinutes: 63 });
    expect(report.warnings).toEqual(['1 joined without a matching "Left"; their time counts up to the last time in the file.']);
  });

  it('marks the device', () => {
    expect(byName('Jim’s iPad')).toMatchObject({ isDevice: true, deviceOwnerHint: 'Jim', totalMinutes: 30 });
  });

  it('starts a "Left" without a join at the first time in the file and skips unreadable lines with a warning', () => {
    const text = 'Full Name\tUser Action\tTimestamp\nA B\tJoined\t7/20/2023, 1:00:00 PM\nC D\tLeft\t7/20/2023, 1:30:00 PM\nE F\tWaved\t7/20/2023, 1:31:00 PM\n';
    const legacy = parseTeamsLegacyReport(text);
    expect(legacy.people.find((person) => person.name === 'C D')).toMatchObject({ firstJoin: '2023-07-20T13:00:00', totalMinutes: 30 });
    expect(legacy.warnings).toContain('Line 4 could not be read and was skipped.');
  });

  it('warns, without throwing, when the header is missing', () => {
    expect(parseTeamsLegacyReport('Name\tTime\n')).toEqual({ source: 'teams-legacy', people: [], warnings: ['No "Full Name, User Action, Timestamp" header was found.'] });
    expect(legacyColumnsOf(['Full Name', 'User Action', 'Timestamp'])).toEqual({ name: 0, action: 1, timestamp: 2 });
  });
});
