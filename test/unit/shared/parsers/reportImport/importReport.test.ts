import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { htmlToReportText, importReportText, profileFromImport } from '../../../../../src/shared/parsers/reportImport';
import { loadReference } from '../../report/support/fixture';

const reports = resolve(__dirname, '../../../../fixtures/reports');
const fixture = (name: string) => readFileSync(resolve(reports, name), 'utf8');

describe('importing the reference report', () => {
  it.each([
    ['pasted text', async () => loadReference()],
    ['its Word file made by LibreOffice', async () => htmlToReportText((await mammoth.convertToHtml({ path: resolve(reports, 'wg-strategy-meeting-60.docx') })).value)],
  ])('%s: 22 participants, 5 agenda items, meeting 60 and the group\'s names', async (_label, read) => {
    const report = importReportText(await read());
    expect(report.participants).toHaveLength(22);
    expect(report.agenda).toHaveLength(5);
    expect(report.number).toBe(60);
    expect(report).toMatchObject({
      groupTitle: 'MAG Working Group on IGF Strengthening and Strategy',
      groupLongName: 'IGF MAG Working Group (WG) on IGF Strengthening and Strategy',
      groupShortName: 'WG-Strategy',
      seriesName: 'Online Meeting',
      format: 'virtual',
      start: { date: '2023-07-20', time: '14:00', timeZone: 'UTC' },
      nextMeeting: { date: '2023-08-10', time: '14:00', timeZone: 'UTC' },
      moderatorNames: ['Chris Buckridge'],
      recordingNote: 'a recording of the meeting is available upon request',
      missing: [],
    });
    expect(report.participants[19]).toEqual({ fullName: 'Valeria Betancourt', affiliation: '' });
    expect(report.participants[20]).toEqual({ fullName: 'Wolfgang Kleinwächter', affiliation: 'University of Aarhus' });
    expect(report.agenda[0]!.children[0]).toMatchObject({ title: 'Update on the IGF LP meetings', presenterNames: ['Timea Suto', 'Ross Creelman'] });
  });

  it('makes a profile: the people with their roles, the moderator, the agenda as skeleton, meeting 60 as the last', () => {
    const profile = profileFromImport(importReportText(loadReference()));
    expect(profile.roster).toHaveLength(22);
    expect(profile.roster.filter((person) => person.role === 'co-chair').map((person) => person.fullName)).toEqual(['Chris Buckridge', 'Amrita Choudhury', 'Concettina Cassa']);
    expect(profile.roster.find((person) => person.fullName === 'Anja Gengo')?.role).toBe('secretariat');
    expect(profile.moderatorIds).toEqual([profile.roster[1]!.id]);
    expect(profile.agendaSkeleton.map((item) => item.title)).toEqual(['Outcomes and results of the II Open Consultations and MAG meeting', 'Policy Brief on GDC', 'Convening a public discussion on GDC and WSIS+20 review', 'Update from the IGF Secretariat', 'AoB']);
    expect(profile.lastMeeting).toEqual({ number: 60, nextMeeting: { date: '2023-08-10', time: '14:00', timeZone: 'UTC' } });
  });
});

describe('reports in other layouts', () => {
  it('a numbered-paragraph report: people from sentences, the lettered agenda, the date and number in words it can read', () => {
    const report = importReportText(fixture('numbered-paragraph-report.txt'));
    expect(report.participants).toEqual([
      { fullName: 'Jane Doe', affiliation: 'Internet Society' }, { fullName: 'John Smith', affiliation: 'ICANN' },
      { fullName: 'Ana Pérez', affiliation: 'Government of Spain' }, { fullName: 'Kwame Mensah', affiliation: 'Ghana NIC' },
    ]);
    expect(report.apologies.map((person) => person.fullName)).toEqual(['Bob Stone', 'Li Wei']);
    expect(report.agenda.map((item) => item.title)).toEqual(['Opening of the meeting', 'Review of the work programme', 'Drafting of the annual output', 'Any other business']);
    expect(report.groupTitle).toBe('Internet Governance Forum – Policy Network on Meaningful Access');
    expect(report.start).toEqual({ date: '2024-03-14', time: '13:00', timeZone: 'CET' });
    expect(report.nextMeeting).toEqual({ date: '2024-04-11', time: '13:00', timeZone: 'CET' });
    // "Twelfth meeting" gives no number it can read: it says so.
    expect(report.number).toBeUndefined();
    expect(report.missing).toEqual(['Could not find the meeting\'s number (such as "Online Meeting 60").']);
  });

  it('call notes with "Attendees" and "Apologies" blocks', () => {
    const report = importReportText(fixture('attendees-apologies-notes.txt'));
    expect(report.participants).toEqual([
      { fullName: 'Maarten Van Horenbeeck', affiliation: 'co-facilitator' },
      { fullName: 'Hariniombonana Andriamampionona', affiliation: 'co-facilitator' },
      { fullName: 'Wim Degezelle', affiliation: 'IGF consultant' },
      { fullName: 'Josephine Miliza', affiliation: '' },
    ]);
    expect(report.apologies.map((person) => person.fullName)).toEqual(['Carina Birarda', 'Klée Aiken']);
    expect(report.agenda.map((item) => [item.title, item.children.map((child) => [child.title, child.presenterNames])])).toEqual([
      ['Welcome and introductions', []], ['Update on the cybersecurity norms mapping', [['Survey results', ['Wim Degezelle']]]], ['AOB', []],
    ]);
    expect(report.groupTitle).toBe('BPF Cybersecurity');
    expect(report.start).toEqual({ date: '2023-09-07', time: '15:00', timeZone: 'UTC' });
    expect(report.nextMeeting).toEqual({ date: '2023-09-21', time: '15:00', timeZone: 'UTC' });
    expect(report.missing).toEqual(['Could not find the meeting\'s number (such as "Online Meeting 60").']);
    // People who sent apologies belong to the group: they are on its roster too.
    expect(profileFromImport(report).roster).toHaveLength(6);
  });

  it('text that is no report: says what it could not find, and throws nothing', () => {
    const report = importReportText('Thanks all, see you next time!\nBest, Anja');
    expect(report.participants).toEqual([]);
    expect(report.agenda).toEqual([]);
    expect(report.missing).toHaveLength(5);
    expect(report.missing.join(' ')).toMatch(/number.*date and time.*participants.*agenda.*next meeting/s);
  });
});
