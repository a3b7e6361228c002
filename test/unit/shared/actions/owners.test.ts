import { describe, expect, it } from 'vitest';
import { ownerNamesIn, resolveOwners } from '../../../../src/shared/actions/owners';

const people = [
  { id: 'chris', fullName: 'Chris Buckridge', shortName: '', aliases: [] },
  { id: 'jim', fullName: 'Jim Prendergast', shortName: '', aliases: [] },
  { id: 'maria-1', fullName: 'Maria Lopez', shortName: '', aliases: [] },
  { id: 'maria-2', fullName: 'Maria Ressa', shortName: '', aliases: [] },
];

describe('action owners', () => {
  it('reads "Name(s) to …", "will" and "should" too, and nothing else', () => {
    expect(ownerNamesIn('Chris and Jim will draft the brief')).toEqual(['Chris', 'Jim']);
    expect(ownerNamesIn('Jim should ask the Secretariat')).toEqual(['Jim']);
    expect(ownerNamesIn('everyone to send comments')).toEqual([]);
    expect(ownerNamesIn('All to send comments to Chris')).toEqual([]);
    expect(ownerNamesIn('Draft the brief')).toEqual([]);
  });

  it('resolves names to people; a name nobody has is a new person, a shared one is left open', () => {
    expect(resolveOwners(people, ['Chris', 'Jim Prendergast', 'Bob Stone', 'Maria', 'Chris'])).toEqual({
      ownerIds: ['chris', 'jim'], newNames: ['Bob Stone'], ambiguousNames: ['Maria'],
    });
  });
});
