import { describe, expect, it } from 'vitest';
import { agendaLabel, agendaPosition, subItemLetter } from '../../../../src/shared/meeting/agendaNumbering';
import { agendaItemSchema } from '../../../../src/shared/meeting/schema';

const agenda = [
  agendaItemSchema.parse({ id: 'i1', title: 'Outcomes', children: [{ id: 's1', title: 'Update on the IGF LP meetings' }, { id: 's2', title: 'Second' }] }),
  agendaItemSchema.parse({ id: 'i2', title: 'Policy Brief on GDC' }),
];

describe('agenda numbering', () => {
  it('numbers items 1, 2, … and letters sub-items a, b, …', () => {
    expect(agendaLabel(agenda, 'i1')).toBe('1. Outcomes');
    expect(agendaLabel(agenda, 's2')).toBe('b. Second');
    expect(agendaPosition(agenda, 'i2')).toEqual({ number: '2', title: 'Policy Brief on GDC', depth: 0 });
    expect(agendaLabel(agenda, 'gone')).toBeUndefined();
  });

  it('never runs out of letters', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(subItemLetter)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba', 'zz', 'aaa']);
  });
});
