import { describe, expect, it } from 'vitest';
import { participantSchema, type Participant } from '../../../../src/shared/meeting/schema';
import type { AttendanceRecord } from '../../../../src/shared/parsers/attendance';
import { applyAttendance, createParticipant, mergePeople, moved, planMerge, withChanges } from '../../../../src/renderer/store/participantListOps';

const person = (id: string, fullName: string, extra: Partial<Participant> = {}) => participantSchema.parse({ id, fullName, ...extra });
const record = (displayName: string, name = displayName): AttendanceRecord => ({ displayName, name, isGuest: false, isDevice: false, rawNames: [displayName] });

describe('participant list edits', () => {
  it('creates a participant with a fresh id, a tidy name and no empty pin', () => {
    const created = createParticipant({ fullName: '  Vint   Cerf ', pin: undefined });
    expect(created.fullName).toBe('Vint Cerf');
    expect(created.id).toMatch(/^p[A-Za-z0-9]{12}$/);
    expect('pin' in created).toBe(false);
  });

  it('gives a pinned chord to one person only, and unpins on request', () => {
    const list = [person('a', 'Anja Gengo', { pin: 3 }), person('b', 'Chris Buckridge')];
    const pinned = withChanges(list, 'b', { pin: 3 });
    expect(pinned.map((p) => p.pin)).toEqual([undefined, 3]);
    expect('pin' in pinned[0]!).toBe(false);
    expect('pin' in withChanges(pinned, 'b', { pin: undefined })[1]!).toBe(false);
  });

  it('moves a person up or down, and not past either end', () => {
    const list = [person('a', 'A'), person('b', 'B'), person('c', 'C')];
    expect(moved(list, 'c', -1).map((p) => p.id)).toEqual(['a', 'c', 'b']);
    expect(moved(list, 'a', -1).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('mergePeople', () => {
  const existing = [person('jim', 'Jim Prendergast'), person('dino', "Dino Dell'Accio", { affiliation: 'UN JSPF' }), person('wout', 'Wout de Natris', { aliases: ['WdN'] })];

  it('adds new people in order and recognises listed ones by full name or alias, whatever the accents', () => {
    const plan = planMerge(existing, [
      { fullName: 'Jim PRENDERGAST', affiliation: 'Independent Expert' },
      { fullName: 'Valeria Betancourt', affiliation: '' },
      { fullName: 'WdN', affiliation: '' },
    ]);
    expect(plan.map((row) => row.existing?.id)).toEqual(['jim', undefined, 'wout']);
  });

  it('does not take a short name alone for a listed person', () => {
    expect(planMerge(existing, [{ fullName: 'Jim', affiliation: '' }])[0]?.existing).toBeUndefined();
  });

  it('updates the affiliation of listed people only when the paste gives one', () => {
    const merged = mergePeople(existing, [{ fullName: 'Jim Prendergast', affiliation: 'Independent Expert' }, { fullName: "Dino Dell'Accio", affiliation: '' }, { fullName: 'Carol Roach', affiliation: 'IGF MAG member' }]);
    expect(merged.map((p) => [p.fullName, p.affiliation])).toEqual([
      ['Jim Prendergast', 'Independent Expert'], ["Dino Dell'Accio", 'UN JSPF'], ['Wout de Natris', ''], ['Carol Roach', 'IGF MAG member'],
    ]);
  });
});

describe('applyAttendance', () => {
  const list = [
    person('jim', 'Jim Prendergast', { attendance: 'absent' }),
    person('lynn', 'Lynn Saint Amour', { attendance: 'apologies' }),
    person('paul', 'Paul Kasoma'),
  ];

  it('marks the people in the report present, adds new ones and remembers screen names mapped by hand', () => {
    const after = applyAttendance(list, [
      { record: record("Jim's iPhone", "Jim's iPhone"), target: { kind: 'participant', participantId: 'jim', rememberScreenName: true } },
      { record: record('Vint Cerf (Guest)', 'Vint Cerf'), target: { kind: 'new' } },
      { record: record('Galaxy S21'), target: { kind: 'ignore' } },
    ], true);
    expect(after.find((p) => p.id === 'jim')).toMatchObject({ attendance: 'present', aliases: ["Jim's iPhone"] });
    expect(after.at(-1)).toMatchObject({ fullName: 'Vint Cerf', attendance: 'present' });
    expect(after).toHaveLength(4);
  });

  it('marks people missing from the report absent only when asked, keeping apologies', () => {
    const decisions = [{ record: record('Jim Prendergast'), target: { kind: 'participant' as const, participantId: 'jim', rememberScreenName: false } }];
    expect(applyAttendance(list, decisions, true).map((p) => p.attendance)).toEqual(['present', 'apologies', 'absent']);
    expect(applyAttendance(list, decisions, false).map((p) => p.attendance)).toEqual(['present', 'apologies', 'present']);
    expect(applyAttendance(list, decisions, true)[0]?.aliases).toEqual([]);
  });
});
