import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../../src/shared/meeting/schema';
import { findParticipantsByName, initialsOf, normalizeNameForMatch } from '../../../../src/shared/names/matching';

function person(id: string, fullName: string, extra: Partial<Participant> = {}): Participant {
  return { id, fullName, shortName: '', affiliation: '', role: 'member', attendance: 'present', aliases: [], ...extra };
}

const PEOPLE: Participant[] = [
  person('chris', 'Chris Buckridge'),
  person('christine', 'Christine Arida'),
  person('wout', 'Wout de Natris'),
  person('dino', "Dino Dell'Accio"),
  person('wolfgang', 'Wolfgang Kleinwächter'.normalize('NFC')),
  person('lynn', 'Lynn Saint Amour'),
  person('rosalind', 'Rosalind Kenny Birch', { shortName: 'Ros' }),
  person('justine', 'Justine Fair'),
  person('jim', 'Jim Prendergast', { aliases: ["Jim's iPhone", 'JP'] }),
  person('abdulrahman', 'عبد الرحمن المطيري'),
  person('xiaoming', '王小明'),
  person('pablo', 'Pablo Diego José Francisco de Paula Juan Nepomuceno María de los Remedios Cipriano de la Santísima Trinidad Ruiz y Picasso'),
];

const ids = (query: string) => findParticipantsByName(PEOPLE, query).map((match) => match.participant.id);
const first = (query: string) => findParticipantsByName(PEOPLE, query)[0];

describe('normalizeNameForMatch (re-exported)', () => {
  it('is the same key the matcher uses', () => {
    expect(normalizeNameForMatch(" Dino  DELL’ACCIO ")).toBe("dino dell'accio");
  });
});

describe('initialsOf', () => {
  it.each([
    ['Chris Buckridge', 'CB'],
    ['Wout de Natris', 'WDN'],
    ['Rosalind Kenny Birch', 'RKB'],
    ['Jean-Pierre Dupont', 'JPD'],
    ['Ms. Maria Ressa', 'MR'],
    ["Dino dell'Accio", 'DD'],
    ['Élodie Ñúñez', 'ÉÑ'],
    ['王小明', ''],
    ['', ''],
  ])('%s → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('findParticipantsByName', () => {
  it('finds the full name whatever the case, accents or normal form', () => {
    expect(first('wolfgang kleinwachter')).toMatchObject({ kind: 'exact', field: 'fullName' });
    expect(ids('Wolfgang Kleinwächter'.normalize('NFD'))).toEqual(['wolfgang']);
    expect(ids("DINO DELL'ACCIO")).toEqual(['dino']);
    expect(ids("Dino dell’Accio")).toEqual(['dino']);
  });

  it('finds the short name, derived or set', () => {
    expect(first('Wout')).toMatchObject({ kind: 'exact', field: 'shortName', participant: { id: 'wout' } });
    expect(first('ros')).toMatchObject({ kind: 'exact', field: 'shortName', participant: { id: 'rosalind' } });
  });

  it('finds an alias such as a screen name', () => {
    expect(first('jim’s iphone')).toMatchObject({ kind: 'exact', field: 'alias', participant: { id: 'jim' } });
  });

  it('ranks an exact short name above a prefix of another name', () => {
    expect(ids('Chris')).toEqual(['chris', 'christine']);
    expect(findParticipantsByName(PEOPLE, 'Chris').map((match) => match.kind)).toEqual(['exact', 'prefix']);
  });

  it('matches a prefix of any word, including particles and family names', () => {
    expect(ids('natr')).toEqual(['wout']);
    expect(ids('de nat')).toEqual(['wout']);
    expect(ids('Saint Am')).toEqual(['lynn']);
    expect(ids('kenny')).toEqual(['rosalind']);
  });

  it('matches initials, with or without particles and dots, after exact and prefix matches', () => {
    expect(ids('WdN')).toEqual(['wout']);
    expect(ids('W.N.')).toEqual(['wout']);
    expect(ids('rkb')).toEqual(['rosalind']);
    expect(first('cb')).toMatchObject({ kind: 'initials', participant: { id: 'chris' } });
    // "JP" is Jim's alias: that exact match wins over Justine's prefix and anyone's initials.
    expect(findParticipantsByName(PEOPLE, 'JP')[0]).toMatchObject({ kind: 'exact', field: 'alias', participant: { id: 'jim' } });
  });

  it('offers near misses last, for drifted spellings', () => {
    expect(first('Justin Fair')).toMatchObject({ kind: 'similar', participant: { id: 'justine' } });
    expect(ids('Wolfgang Kleinwachtr')).toEqual(['wolfgang']);
    expect(ids('Jon')).toEqual([]);
  });

  it('matches Arabic names with or without vowel marks and by a later word', () => {
    expect(ids('عَبْد الرَّحْمَن المطيري')).toEqual(['abdulrahman']);
    expect(ids('الرحمن')).toEqual(['abdulrahman']);
  });

  it('matches Chinese names whole or by the given name that follows the family name', () => {
    expect(first('王小明')).toMatchObject({ kind: 'exact', participant: { id: 'xiaoming' } });
    expect(first('小明')).toMatchObject({ kind: 'prefix', participant: { id: 'xiaoming' } });
  });

  it('matches very long names by their start and by a late word', () => {
    expect(ids('pablo diego jose')).toEqual(['pablo']);
    expect(ids('picasso')).toEqual(['pablo']);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(findParticipantsByName(PEOPLE, '')).toEqual([]);
    expect(findParticipantsByName(PEOPLE, ' \t ')).toEqual([]);
  });

  it('lists each participant once, under its best match', () => {
    const matches = findParticipantsByName(PEOPLE, 'Jim');
    expect(matches.filter((match) => match.participant.id === 'jim')).toHaveLength(1);
    expect(matches[0]).toMatchObject({ kind: 'exact', field: 'shortName' });
  });
});

describe('findParticipantsByName properties', () => {
  const nameOf = fc.constantFrom(...PEOPLE.map((p) => p.fullName));
  const pieceOf = fc.tuple(nameOf, fc.nat(), fc.nat()).map(([name, start, length]) => {
    const characters = Array.from(name);
    const from = start % characters.length;
    return characters.slice(from, from + 1 + (length % 12)).join('');
  });
  const queryOf = fc.oneof(pieceOf, fc.constantFrom('WdN', 'W.N.', 'rkb', 'CB', 'D.D.', 'JP', 'Justin Fair', 'LSA'));
  const spelling = fc.constantFrom(
    (text: string) => text,
    (text: string) => text.normalize('NFC'),
    (text: string) => text.normalize('NFD'),
    (text: string) => text.toUpperCase(),
    (text: string) => text.toLowerCase(),
    (text: string) => text.normalize('NFD').toUpperCase(),
  );

  it('gives the same matches under NFC, NFD and any case, for queries and names alike', () => {
    fc.assert(
      fc.property(queryOf, spelling, spelling, (query, respellQuery, respellNames) => {
        const respelled = PEOPLE.map((p) => ({ ...p, fullName: respellNames(p.fullName), aliases: p.aliases.map(respellNames) }));
        const expected = findParticipantsByName(PEOPLE, query).map((m) => [m.participant.id, m.kind, m.field]);
        const actual = findParticipantsByName(respelled, respellQuery(query)).map((m) => [m.participant.id, m.kind, m.field]);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  });

  it('always finds a participant by its own full name, exactly, in any spelling', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PEOPLE), spelling, (participant, respell) => {
        const [best] = findParticipantsByName(PEOPLE, respell(participant.fullName));
        expect(best).toMatchObject({ kind: 'exact', participant: { id: participant.id } });
      }),
    );
  });
});
