import { describe, expect, it } from 'vitest';
import { parseAttendancePrefix, participantForSpeakerPrefix, resolveAttendanceName, speakerPrefixName } from '../../../../src/shared/names/scribePrefixes';

const people = [
  { id: 'jim', fullName: 'Jim Prendergast', shortName: '', aliases: [] },
  { id: 'wout', fullName: 'Wout de Natris', shortName: '', aliases: ['WdN'] },
  { id: 'wolfgang', fullName: 'Wolfgang Kleinwächter', shortName: '', aliases: [] },
  { id: 'maria-g', fullName: 'Maria Fernanda Garza', shortName: '', aliases: [] },
  { id: 'maria-r', fullName: 'Maria Ressa', shortName: '', aliases: [] },
  { id: 'abdul', fullName: 'عبد الرحمن المطيري', shortName: '', aliases: [] },
];

describe('speakerPrefixName', () => {
  it('reads the name before a colon that ends the typed text', () => {
    expect(speakerPrefixName('Jim:')).toBe('Jim');
    expect(speakerPrefixName('  Wout de Natris:')).toBe('Wout de Natris');
  });

  it('ignores prose, empty names and text after the colon', () => {
    expect(speakerPrefixName('Jim: said')).toBeUndefined();
    expect(speakerPrefixName(':')).toBeUndefined();
    expect(speakerPrefixName('12:')).toBeUndefined();
    expect(speakerPrefixName('The main points raised by the group were these:')).toBeUndefined();
  });
});

describe('participantForSpeakerPrefix', () => {
  it('accepts an exact full name, short name or alias, ignoring case and accents', () => {
    expect(participantForSpeakerPrefix(people, 'jim')?.id).toBe('jim');
    expect(participantForSpeakerPrefix(people, 'Wout de Natris')?.id).toBe('wout');
    expect(participantForSpeakerPrefix(people, 'wdn')?.id).toBe('wout');
    expect(participantForSpeakerPrefix(people, 'Wolfgang Kleinwachter')?.id).toBe('wolfgang');
    expect(participantForSpeakerPrefix(people, 'عبد الرحمن')?.id).toBe('abdul');
  });

  it('leaves words that name nobody, or two people, as text', () => {
    expect(participantForSpeakerPrefix(people, 'Note')).toBeUndefined();
    expect(participantForSpeakerPrefix(people, 'Action')).toBeUndefined();
    expect(participantForSpeakerPrefix(people, 'Prender')).toBeUndefined();
    expect(participantForSpeakerPrefix(people, 'Maria')).toBeUndefined();
  });
});

describe('parseAttendancePrefix', () => {
  it('reads present+ and regrets+ with one or several names', () => {
    expect(parseAttendancePrefix('present+ Jim')).toEqual({ attendance: 'present', names: ['Jim'] });
    expect(parseAttendancePrefix('Present+ Jim, Wout de Natris; Maria Ressa and Paul')).toEqual({ attendance: 'present', names: ['Jim', 'Wout de Natris', 'Maria Ressa', 'Paul'] });
    expect(parseAttendancePrefix('regrets+ Lynn Saint Amour')).toEqual({ attendance: 'apologies', names: ['Lynn Saint Amour'] });
  });

  it('ignores the prefix without names, and other text', () => {
    expect(parseAttendancePrefix('present+')).toBeUndefined();
    expect(parseAttendancePrefix('present+ ,')).toBeUndefined();
    expect(parseAttendancePrefix('Jim was present+')).toBeUndefined();
  });
});

describe('resolveAttendanceName', () => {
  it('resolves an exact name, a unique prefix and a near miss', () => {
    expect(resolveAttendanceName(people, 'Jim')).toEqual({ kind: 'participant', name: 'Jim', participantId: 'jim' });
    expect(resolveAttendanceName(people, 'Prendergast')).toMatchObject({ kind: 'participant', participantId: 'jim' });
    expect(resolveAttendanceName(people, 'Wolfgang Kleinwaechter')).toMatchObject({ kind: 'participant', participantId: 'wolfgang' });
  });

  it('makes an unknown name a new participant and leaves two candidates to the scribe', () => {
    expect(resolveAttendanceName(people, 'Vint Cerf')).toEqual({ kind: 'new', name: 'Vint Cerf' });
    expect(resolveAttendanceName(people, 'Maria')).toEqual({ kind: 'ambiguous', name: 'Maria', candidateIds: ['maria-g', 'maria-r'] });
  });
});
