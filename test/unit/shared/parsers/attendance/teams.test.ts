import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../../../../src/shared/parsers/attendance/decode';
import { parseTeamsReport, teamsColumnsOf } from '../../../../../src/shared/parsers/attendance/teams';
import { readAttendanceFixture } from './fixtureFiles';

describe('parseTeamsReport on the current three-section download', () => {
  const report = parseTeamsReport(decodeReport(readAttendanceFixture('teams-attendance-meeting-60.csv')).text);
  const byName = (name: string) => report.people.find((person) => person.name === name);

  it('reads the summary and one record per person from "2. Participants"', () => {
    expect(report.source).toBe('teams');
    expect(report.warnings).toEqual([]);
    expect(report.meeting).toEqual({ title: 'MAG WG-Strategy Online Meeting 60', start: '2023-07-20T13:57:12', end: '2023-07-20T15:04:55' });
    expect(report.people).toHaveLength(11);
  });

  it('reads times, durations, e-mail addresses and roles', () => {
    expect(byName('Chris Buckridge')).toEqual({
      displayName: 'Chris Buckridge (External)',
      name: 'Chris Buckridge',
      email: 'chris.buckridge@example.net',
      firstJoin: '2023-07-20T13:58:40',
      lastLeave: '2023-07-20T15:04:50',
      totalMinutes: 66,
      isGuest: true,
      isDevice: false,
      role: 'Presenter',
      rawNames: ['Chris Buckridge (External)'],
    });
    expect(byName('Concettina Cassa')).toMatchObject({ role: 'Organizer', isGuest: false, totalMinutes: 68 });
    expect(byName('Paul Kasoma')).toMatchObject({ totalMinutes: 1, isGuest: true });
  });

  it('strips "(Guest)", "(External)" and "(Unverified)", and marks the device', () => {
    expect(byName('Timea Suto')).toMatchObject({ isGuest: true });
    expect(byName('Timea Suto')).not.toHaveProperty('email');
    expect(byName('Markus Kummer')).toMatchObject({ isGuest: true });
    expect(byName('Wolfgang Kleinwächter')).toMatchObject({ isGuest: true, email: 'w.kleinwaechter@example.de' });
    expect(byName('عبد الرحمن المطيري')).toMatchObject({ isGuest: true });
    expect(byName('DESKTOP-4F2K9')).toMatchObject({ isDevice: true, isGuest: true });
    expect(byName('Dino Dell’Accio')).toMatchObject({ isGuest: false });
  });
});

describe('parseTeamsReport on other layouts', () => {
  it('merges the joins of "3. In-Meeting Activities" when there is no participants table', () => {
    const text = [
      '3. In-Meeting Activities',
      'Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole',
      'Chris Buckridge\t7/20/23, 1:58:40 PM\t7/20/23, 2:31:05 PM\t32m 25s\tchris@example.net\tPresenter',
      'Chris Buckridge\t7/20/23, 2:31:30 PM\t7/20/23, 3:04:50 PM\t33m 20s\tchris@example.net\tPresenter',
    ].join('\r\n');
    const report = parseTeamsReport(text);
    expect(report.people).toHaveLength(1);
    expect(report.people[0]).toMatchObject({ firstJoin: '2023-07-20T13:58:40', lastLeave: '2023-07-20T15:04:50', totalMinutes: 65 });
  });

  it('reads the 2021 layout: "Meeting Summary" and a "Full Name, Join Time, Leave Time" table, day first', () => {
    const text = [
      'Meeting Summary',
      'Total Number of Participants\t2',
      'Meeting Title\tWG-Strategy 60',
      'Meeting Start Time\t20/07/2023, 13:57:12',
      'Meeting End Time\t20/07/2023, 15:04:55',
      '',
      'Full Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\tParticipant ID (UPN)',
      'Carol Roach\t20/07/2023, 13:59:40\t20/07/2023, 14:45:00\t45m 20s\tcarol@example.bs\tAttendee\tcarol@example.bs',
      'Justine Fair\t20/07/2023, 14:00:31\t20/07/2023, 15:00:00\t59m 29s\t\tAttendee\t',
    ].join('\r\n');
    const report = parseTeamsReport(text);
    expect(report.meeting).toEqual({ title: 'WG-Strategy 60', start: '2023-07-20T13:57:12', end: '2023-07-20T15:04:55' });
    expect(report.people.map((person) => [person.name, person.totalMinutes, person.email])).toEqual([
      ['Carol Roach', 45, 'carol@example.bs'],
      ['Justine Fair', 59, undefined],
    ]);
  });

  it('warns, without throwing, when no table is found', () => {
    expect(parseTeamsReport('1. Summary\nMeeting title\tX\n')).toEqual({
      source: 'teams',
      people: [],
      warnings: ['No Teams participants table ("Name, First Join, Last Leave, …") was found.'],
    });
  });
});

describe('teamsColumnsOf', () => {
  it('tells the participants table from the activities table, in either capitalisation', () => {
    expect(teamsColumnsOf(['Name', 'First join', 'Last leave', 'In-meeting duration', 'Email', 'Participant ID (UPN)', 'Role'])).toMatchObject({ kind: 'participants', duration: 3, upn: 5 });
    expect(teamsColumnsOf(['Name', 'Join Time', 'Leave Time', 'Duration', 'Email', 'Role'])).toMatchObject({ kind: 'activities', leave: 2 });
    expect(teamsColumnsOf(['Meeting title', 'WG'])).toBeUndefined();
  });
});
