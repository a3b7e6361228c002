import { describe, expect, it } from 'vitest';
import { participantSchema } from '../../../../../src/shared/meeting/schema';
import { ignoredWordsFor } from '../../../../../src/renderer/editor/spelling/ignoredWords';

const person = (fields: Record<string, unknown>) => participantSchema.parse({ id: `p${Math.random().toString(36).slice(2, 8)}`, ...fields });
const group = { groupTitle: 'MAG Working Group on Strengthening', groupLongName: 'Working Group on Strategy', groupShortName: 'WG-Strategy', seriesName: 'Online Meeting' };

describe('ignoredWordsFor', () => {
  const ignored = ignoredWordsFor([
    person({ fullName: 'Wolfgang Kleinwächter', affiliation: 'University of Aarhus', aliases: ['WKleinwaechter'] }),
    person({ fullName: "Dino Dell'Accio", shortName: 'Dino' }),
    person({ fullName: 'Jean-Pierre Ngoma' }),
  ], group, ['Rapporteur', 'subgroup']);

  it('holds every word of full names, short names, aliases and affiliations', () => {
    for (const word of ['Wolfgang', 'Kleinwächter', 'Aarhus', 'WKleinwaechter', "Dell'Accio", 'Dino', 'Ngoma']) expect(ignored.has(word), word).toBe(true);
  });

  it('holds hyphenated names whole and by part, and the group names', () => {
    for (const word of ['Jean-Pierre', 'Jean', 'Pierre', 'WG-Strategy', 'Strengthening']) expect(ignored.has(word), word).toBe(true);
  });

  it('compares as names are compared: without case, accents or apostrophe style', () => {
    for (const word of ['kleinwachter', 'KLEINWÄCHTER', 'Dell’Accio', 'rapporteur']) expect(ignored.has(word), word).toBe(true);
  });

  it('holds the words the user added', () => {
    expect(ignored.has('Subgroup')).toBe(true);
    expect(ignored.has('subgroups')).toBe(false);
  });

  it('does not hold other words', () => {
    for (const word of ['recieved', 'Kleinwachterr', 'Geneva']) expect(ignored.has(word), word).toBe(false);
  });

  it('lists each word once as written, for suggestions', () => {
    expect(ignored.written).toContain('Kleinwächter');
    expect(ignored.written.filter((word) => word.toLowerCase() === 'dino')).toHaveLength(1);
  });
});

describe('ignoredWordsFor, when it works the names out', () => {
  it('not when made (a meeting loading makes one), only when first asked, and then once', () => {
    let reads = 0;
    const counted = (fields: Record<string, unknown>) => {
      const parsed = person(fields);
      return new Proxy(parsed, { get: (target, key, receiver) => { if (key === 'fullName') reads += 1; return Reflect.get(target, key, receiver); } });
    };
    const ignored = ignoredWordsFor([counted({ fullName: 'Wolfgang Kleinwächter' })], group, []);
    expect(reads).toBe(0);
    expect(ignored.has('kleinwachter')).toBe(true);
    expect(ignored.written).toContain('Kleinwächter');
    expect(ignored.has('Wolfgang')).toBe(true);
    expect(reads).toBe(1);
  });
});
