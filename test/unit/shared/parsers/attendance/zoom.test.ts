import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../../../../src/shared/parsers/attendance/decode';
import { parseZoomReport, zoomColumnsOf } from '../../../../../src/shared/parsers/attendance/zoom';
import { readAttendanceFixture } from './fixtureFiles';

const textOf = (name: string) => decodeReport(readAttendanceFixture(name)).text;

describe('parseZoomReport on the current layout with meeting data', () => {
  const report = parseZoomReport(textOf('zoom-participants-meeting-60.csv'));
  const byName = (name: string) => report.people.find((person) => person.name === name);

  it('reads the meeting line and one record per person, in order of first appearance', () => {
    expect(report.source).toBe('zoom');
    expect(report.warnings).toEqual([]);
    expect(report.meeting).toEqual({ title: 'MAG WG-Strategy Online Meeting 60', start: '2023-07-20T13:55:02', end: '2023-07-20T15:02:41' });
    expect(report.people.map((person) => person.name)).toEqual([
      'Anja Gengo',
      'Chris Buckridge',
      'Amrita Choudhury',
      'Concettina Cassa',
      "Jim's iPhone",
      'Timea Suto',
      'Wolfgang Kleinwächter',
      'Flávio Wagner',
      'Jim Prendergast',
      "Dino dell'Accio",
      'Wout de Natris',
      'Galaxy S21',
      'Rosalind Kenny Birch',
      'Valeria Betancourt',
      'Lynn Saint Amour',
    ]);
  });

  it('merges a person who joined twice, by e-mail and by name', () => {
    expect(byName('Chris Buckridge')).toEqual({
      displayName: 'Chris Buckridge',
      name: 'Chris Buckridge',
      email: 'chris.buckridge@example.net',
      firstJoin: '2023-07-20T13:58:40',
      lastLeave: '2023-07-20T15:02:41',
      totalMinutes: 65,
      isGuest: true,
      isDevice: false,
      rawNames: ['Chris Buckridge'],
    });
    expect(byName('Valeria Betancourt')).toMatchObject({ totalMinutes: 54, firstJoin: '2023-07-20T14:09:00' });
  });

  it('takes the original name from "Name (Original Name)" and the Guest column', () => {
    expect(byName('Anja Gengo')).toMatchObject({ displayName: 'IGF Secretariat', rawNames: ['IGF Secretariat', 'Anja Gengo'], isGuest: false });
    expect(byName('Timea Suto')).toMatchObject({ displayName: 'Timea Suto - ICC', email: 'timea.suto@example.org', isGuest: true });
    expect(byName('Rosalind Kenny Birch')).toMatchObject({ displayName: 'Rosalind Kenny Birch (UK Government)' });
    expect(byName('Jim Prendergast')).toMatchObject({ displayName: 'Prendergast, Jim', totalMinutes: 7 });
  });

  it('marks the devices', () => {
    expect(report.people.filter((person) => person.isDevice).map((person) => [person.name, person.deviceOwnerHint])).toEqual([
      ["Jim's iPhone", 'Jim'],
      ['Galaxy S21', undefined],
    ]);
  });
});

describe('parseZoomReport on older layouts', () => {
  it('reads "Name,User Email,…" without a Guest column, with names in NFD as macOS writes them', () => {
    const report = parseZoomReport(textOf('zoom-participants-older-layout.csv'));
    const wolfgang = report.people.find((person) => person.email === 'wolfgang@example.de');
    expect(wolfgang?.name).toBe('Wolfgang Kleinwächter'.normalize('NFD'));
    expect(wolfgang?.totalMinutes).toBe(61);
    expect(report.people.find((person) => person.email === 'jim@example.com')?.totalMinutes).toBe(60);
    expect(report.people.every((person) => !person.isGuest)).toBe(true);
    expect(report.people.filter((person) => person.isDevice).map((person) => person.name)).toEqual(['DESKTOP-4F2K9', 'Zoom Room']);
    expect(report.meeting).toBeUndefined();
  });

  it('reads the older layout with a Guest column and the "unique users" export without times', () => {
    const withGuest = parseZoomReport('Name,User Email,Join Time,Leave Time,Duration (Minutes),Guest\r\nPaul Kasoma,,07/20/2023 02:20:14 PM,07/20/2023 02:58:00 PM,38,Yes\r\n');
    expect(withGuest.people).toEqual([
      { displayName: 'Paul Kasoma', name: 'Paul Kasoma', firstJoin: '2023-07-20T14:20:14', lastLeave: '2023-07-20T14:58:00', totalMinutes: 38, isGuest: true, isDevice: false, rawNames: ['Paul Kasoma'] },
    ]);
    const unique = parseZoomReport('Name (Original Name),User Email,Total Duration (Minutes),Guest\nCarol Roach,carol@example.bs,61,No\n');
    expect(unique.people).toEqual([{ displayName: 'Carol Roach', name: 'Carol Roach', email: 'carol@example.bs', totalMinutes: 61, isGuest: false, isDevice: false, rawNames: ['Carol Roach'] }]);
  });

  it('reads day-first dates and warns when the order had to be guessed', () => {
    const report = parseZoomReport('Name,User Email,Join Time,Leave Time,Duration (Minutes)\n' + 'Carol Roach,,07/08/2023 14:00:00,07/08/2023 14:30:00,30\n');
    expect(report.people[0]?.firstJoin).toBe('2023-08-07T14:00:00');
    expect(report.warnings).toEqual(['Some dates could be read either way; they were read day first (07/08 = 7 August).']);
  });

  it('warns, without throwing, when there is no participants header', () => {
    expect(parseZoomReport('Meeting ID,Topic\n812,Call\n')).toEqual({
      source: 'zoom',
      people: [],
      warnings: ['No Zoom participants header ("Name (Original Name),User Email,Join Time,…") was found.'],
    });
  });
});

describe('zoomColumnsOf', () => {
  it('accepts the current and older headers and rejects the meeting line', () => {
    expect(zoomColumnsOf(['Name (Original Name)', 'User Email', 'Join Time', 'Leave Time', 'Duration (Minutes)', 'Guest'])).toMatchObject({ name: 0, hasOriginalName: true, guest: 5 });
    expect(zoomColumnsOf(['Name', 'User Email', 'Join Time', 'Leave Time', 'Duration (Minutes)'])).toMatchObject({ name: 0, hasOriginalName: false, guest: undefined });
    expect(zoomColumnsOf(['Meeting ID', 'Topic', 'Start Time', 'End Time', 'User Email', 'Duration (Minutes)', 'Participants'])).toBeUndefined();
  });
});
