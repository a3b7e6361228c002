import { describe, expect, it } from 'vitest';
import { tallyWhoSpoke } from '../../../../src/shared/names/whoSpoke';

describe('tallyWhoSpoke', () => {
  it('credits each paragraph to the person its first mention names, per item and in total', () => {
    const tally = tallyWhoSpoke([
      { participantId: 'chris', itemId: 'item-1', paragraphId: 'p1' },
      { participantId: 'jim', itemId: 'item-1', paragraphId: 'p2' },
      { participantId: 'chris', itemId: 'item-1', paragraphId: 'p2' },
      { participantId: 'chris', itemId: 'item-1', paragraphId: 'p3' },
      { participantId: 'timea', itemId: 'item-1a', paragraphId: 'p4' },
      { participantId: 'chris', itemId: null, paragraphId: 'p0' },
    ]);
    expect(Object.fromEntries(tally.total)).toEqual({ chris: 3, jim: 1, timea: 1 });
    expect(Object.fromEntries(tally.byItem.get('item-1') ?? [])).toEqual({ chris: 2, jim: 1 });
    expect(Object.fromEntries(tally.byItem.get('item-1a') ?? [])).toEqual({ timea: 1 });
    expect(Object.fromEntries(tally.byItem.get(null) ?? [])).toEqual({ chris: 1 });
  });

  it('counts nothing when nobody is mentioned', () => {
    const tally = tallyWhoSpoke([]);
    expect(tally.total.size).toBe(0);
    expect(tally.byItem.size).toBe(0);
  });
});
