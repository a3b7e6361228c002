import { describe, expect, it } from 'vitest';
import {
  addItem, addSubItem, findAgendaEntry, indentAgendaEntry, moveAgendaEntry, moveAgendaEntryBefore, outdentAgendaEntry, removeAgendaEntry, updateAgendaEntry,
} from '../../../../src/shared/agenda/agendaOps';
import { agendaItemSchema, type AgendaItem } from '../../../../src/shared/meeting/schema';

const item = (id: string, children: string[] = []): AgendaItem => agendaItemSchema.parse({ id, title: id.toUpperCase(), children: children.map((c) => ({ id: c, title: c.toUpperCase() })) });
const shape = (agenda: AgendaItem[]) => agenda.map((i) => (i.children.length ? `${i.id}(${i.children.map((c) => c.id).join(',')})` : i.id)).join(' ');
const base = () => [item('one', ['one-a', 'one-b']), item('two'), item('three')];

describe('agenda operations', () => {
  it('adds items after another or at the end, and sub-items under a parent', () => {
    expect(shape(addItem(base(), item('new'), 'one-a'))).toBe('one(one-a,one-b) new two three');
    expect(shape(addItem(base(), item('new')))).toBe('one(one-a,one-b) two three new');
    expect(shape(addSubItem(base(), 'two', { id: 'two-a', title: 'x', presenterIds: [] }))).toBe('one(one-a,one-b) two(two-a) three');
  });

  it('edits an item or sub-item in place', () => {
    expect(findAgendaEntry(updateAgendaEntry(base(), 'one-b', { title: 'Renamed', durationMin: 10 }), 'one-b')).toMatchObject({ title: 'Renamed', durationMin: 10 });
  });

  it('removes an item with its sub-items, reporting every removed id', () => {
    expect(removeAgendaEntry(base(), 'one')).toMatchObject({ removedIds: ['one', 'one-a', 'one-b'] });
    expect(shape(removeAgendaEntry(base(), 'one-a').agenda)).toBe('one(one-b) two three');
  });

  it('moves entries among their siblings, and not past the ends', () => {
    expect(shape(moveAgendaEntry(base(), 'two', 1))).toBe('one(one-a,one-b) three two');
    expect(shape(moveAgendaEntry(base(), 'one', -1))).toBe('one(one-a,one-b) two three');
    expect(shape(moveAgendaEntry(base(), 'one-b', -1))).toBe('one(one-b,one-a) two three');
    expect(shape(moveAgendaEntryBefore(base(), 'three', 'one'))).toBe('three one(one-a,one-b) two');
    expect(shape(moveAgendaEntryBefore(base(), 'one-b', 'one-a'))).toBe('one(one-b,one-a) two three');
    expect(shape(moveAgendaEntryBefore(base(), 'one-a', 'two'))).toBe('one(one-a,one-b) two three');
  });

  it('indents an item under the one before, and outdents a sub-item after its parent', () => {
    expect(shape(indentAgendaEntry(base(), 'three'))).toBe('one(one-a,one-b) two(three)');
    expect(shape(indentAgendaEntry(base(), 'one'))).toBe('one(one-a,one-b) two three');
    expect(shape(outdentAgendaEntry(base(), 'one-a'))).toBe('one one-a(one-b) two three');
  });
});
