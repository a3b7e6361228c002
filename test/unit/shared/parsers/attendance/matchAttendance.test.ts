import { describe, expect, it } from 'vitest';
import { participantSchema, type Participant } from '../../../../../src/shared/meeting/schema';
import { addAlias, matchAttendance, parseAttendanceReport } from '../../../../../src/shared/parsers/attendance/index';
import type { AttendanceRecord } from '../../../../../src/shared/parsers/attendance/types';
import { readAttendanceFixture } from './fixtureFiles';

function person(id: string, fullName: string, extra: Partial<Participant> = {}): Participant {
  return { id, fullName, shortName: '', affiliation: '', role: 'member', attendance: 'present', aliases: [], ...extra };
}

function record(name: string, extra: Partial<AttendanceRecord> = {}): AttendanceRecord {
  return { displayName: name, name, isGuest: false, isDevice: false, rawNames: [name], ...extra };
}

// Part of the reference report's participant list.
const PARTICIPANTS = [
  person('anja', 'Anja Gengo'),
  person('chris', 'Chris Buckridge'),
  person('jim', 'Jim Prendergast'),
  person('flavio', 'Flavio Wagner'),
  person('dino', "Dino Dell'Accio"),
  person('timea', 'Timea Suto'),
  person('wolfgang', 'Wolfgang Kleinwächter'),
  person('wout', 'Wout de Natris'),
  person('valeria', 'Valeria Betancourt'),
  person('amr', 'Abdulrahman Almutairi', { aliases: ['عبد الرحمن المطيري'] }),
];

describe('matchAttendance', () => {
  it('matches the Zoom fixture by name, accents and case aside, and leaves the devices to the user', () => {
    const report = parseAttendanceReport(readAttendanceFixture('zoom-participants-meeting-60.csv'));
    const matches = matchAttendance(report.people, PARTICIPANTS);
    const matchedName = (name: string) => matches.find((match) => match.record.name === name);
    expect(matchedName('Anja Gengo')).toMatchObject({ participantId: 'anja', matchedBy: 'name' });
    expect(matchedName('Flávio Wagner')).toMatchObject({ participantId: 'flavio', matchedBy: 'name' });
    expect(matchedName("Dino dell'Accio")).toMatchObject({ participantId: 'dino' });
    expect(matchedName('Jim Prendergast')).toMatchObject({ participantId: 'jim' });
    expect(matchedName("Jim's iPhone")).toEqual({ record: expect.anything(), candidateIds: ['jim'] });
    expect(matchedName('Galaxy S21')).toEqual({ record: expect.anything(), candidateIds: [] });
    expect(matchedName('Amrita Choudhury')?.participantId).toBeUndefined();
  });

  it('matches the Teams fixture once suffixes are stripped, and an Arabic name by its alias', () => {
    const report = parseAttendanceReport(readAttendanceFixture('teams-attendance-meeting-60.csv'));
    const matches = matchAttendance(report.people, PARTICIPANTS);
    expect(matches.find((match) => match.record.email === 'a.almutairi@example.sa')).toMatchObject({ participantId: 'amr', matchedBy: 'alias' });
    expect(matches.find((match) => match.record.name === 'Wolfgang Kleinwächter')).toMatchObject({ participantId: 'wolfgang', matchedBy: 'name' });
    expect(matches.find((match) => match.record.name === 'Dino Dell’Accio')).toMatchObject({ participantId: 'dino' });
  });

  it('matches names written in NFD (the older Zoom fixture) to names stored in NFC', () => {
    const report = parseAttendanceReport(readAttendanceFixture('zoom-participants-older-layout.csv'));
    const wolfgang = matchAttendance(report.people, PARTICIPANTS).find((match) => match.record.email === 'wolfgang@example.de');
    expect(wolfgang?.record.name).not.toBe('Wolfgang Kleinwächter');
    expect(wolfgang?.participantId).toBe('wolfgang');
  });

  it('recognises a device once its screen name is an alias', () => {
    const jim = addAlias(PARTICIPANTS[2] as Participant, "Jim's iPhone");
    const [match] = matchAttendance([record("Jim's iPhone", { isDevice: true, deviceOwnerHint: 'Jim' })], [jim]);
    expect(match).toMatchObject({ participantId: 'jim', matchedBy: 'alias' });
  });

  it('does not guess from a first name alone, but offers the candidates', () => {
    const [match] = matchAttendance([record('Chris')], [...PARTICIPANTS, person('christine', 'Christine Arida')]);
    expect(match).toEqual({ record: expect.anything(), candidateIds: ['chris', 'christine'] });
  });

  it('does not choose between two participants with the same name', () => {
    const twins = [person('a', 'Maria Garza'), person('b', 'María Garza')];
    expect(matchAttendance([record('Maria Garza')], twins)[0]).toEqual({ record: expect.anything(), candidateIds: ['a', 'b'] });
  });

  it('matches a record by any of its raw names, such as the name before a rename', () => {
    const renamed = record('Timea - ICC', { rawNames: ['Timea - ICC', 'Timea Suto'] });
    expect(matchAttendance([renamed], PARTICIPANTS)[0]).toMatchObject({ participantId: 'timea', matchedBy: 'name' });
  });
});

describe('addAlias', () => {
  const jim = person('jim', 'Jim Prendergast');

  it('adds a screen name as an alias, trimmed, and keeps the participant valid', () => {
    const updated = addAlias(jim, "  Jim's   iPhone ");
    expect(updated.aliases).toEqual(["Jim's iPhone"]);
    expect(participantSchema.parse(updated)).toEqual(updated);
    expect(jim.aliases).toEqual([]);
  });

  it('ignores blank names, the full name and aliases already known in any spelling', () => {
    const withAlias = addAlias(jim, 'JP');
    expect(addAlias(withAlias, '  ')).toBe(withAlias);
    expect(addAlias(withAlias, 'JIM PRENDERGAST')).toBe(withAlias);
    expect(addAlias(withAlias, 'jp')).toBe(withAlias);
  });

  it('keeps at most 100 aliases, dropping the oldest, and at most 500 characters each', () => {
    const full = { ...jim, aliases: Array.from({ length: 100 }, (_, index) => `Screen ${index}`) };
    const updated = addAlias(full, 'Newest');
    expect(updated.aliases).toHaveLength(100);
    expect(updated.aliases[0]).toBe('Screen 1');
    expect(updated.aliases.at(-1)).toBe('Newest');
    expect(addAlias(jim, 'x'.repeat(600)).aliases[0]).toHaveLength(500);
  });
});
