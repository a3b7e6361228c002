import { describe, expect, it } from 'vitest';
import { findAgendaItemByReference, topicCommandReference } from '../../../../src/shared/agenda/agendaReference';
import { agendaItemSchema } from '../../../../src/shared/meeting/schema';

const agenda = [
  agendaItemSchema.parse({ id: 'i1', title: 'Outcomes and results', children: [{ id: 's1', title: 'Update on the IGF LP meetings' }] }),
  agendaItemSchema.parse({ id: 'i2', title: 'Policy Brief on GDC' }),
  agendaItemSchema.parse({ id: 'i3', title: 'Économie numérique' }),
];

describe('scribe topic references', () => {
  it.each([
    ['2', 'i2'], ['2.', 'i2'], ['2)', 'i2'], ['1a', 's1'], ['1.a', 's1'], ['1 a', 's1'],
    ['policy', 'i2'], ['POLICY BRIEF', 'i2'], ['update on', 's1'], ['economie', 'i3'],
  ])('"%s" means %s', (reference, id) => {
    expect(findAgendaItemByReference(agenda, reference)).toBe(id);
  });

  it.each(['9', '1c', 'x', '', 'nothing like this'])('"%s" means no item', (reference) => {
    expect(findAgendaItemByReference(agenda, reference)).toBeUndefined();
  });

  it('recognises the Topic: and #topic prefixes, and nothing else', () => {
    expect(topicCommandReference('Topic: 3')).toBe('3');
    expect(topicCommandReference('#topic policy brief ')).toBe('policy brief');
    expect(topicCommandReference('topic:Outcomes')).toBe('Outcomes');
    expect(topicCommandReference('Topics: 3')).toBeUndefined();
    expect(topicCommandReference('#topical')).toBeUndefined();
    expect(topicCommandReference('The topic: 3')).toBeUndefined();
  });
});
