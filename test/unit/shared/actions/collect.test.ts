import { describe, expect, it } from 'vitest';
import { collectNotedItems, holdsMarker, inlinePlainText } from '../../../../src/shared/actions/collect';
import { agendaHeading, list, listItem, makeMeeting, mention, paragraph, text } from '../report/support/meetings';
import { action, decision } from './notes';

describe('actions and decisions marked in the notes', () => {
  const meeting = makeMeeting({
    notes: [
      paragraph(mention('chris'), ' said the brief is late. ', action('a1', ['chris'], { due: '2023-08-31' }), ': Chris to send it'),
      agendaHeading('two'),
      paragraph(decision('d1'), 'The group agreed to meet monthly. ', action('a2', ['jim']), 'Jim to book rooms'),
      list('bullet', [listItem(action('a3', [], { done: true }), 'Nobody yet', list('bullet', [listItem(action('a4'), 'nested')]))]),
      paragraph(action('a1', ['chris']), 'a copy of a1'),
    ],
  });
  const items = collectNotedItems(meeting.notes);
  const names = (id: string) => meeting.participants.find((p) => p.id === id)?.fullName ?? '';

  it('finds every marker in document order, list items included, each id once', () => {
    expect(items.actions.map((item) => [item.actionId, item.blockIndex, item.done])).toEqual([['a1', 0, false], ['a2', 2, false], ['a3', 3, true], ['a4', 3, false]]);
    expect(items.decisions.map((item) => item.decisionId)).toEqual(['d1']);
  });

  it('takes the text after a marker up to the next one: part of a paragraph can be marked', () => {
    expect(items.actions.map((item) => inlinePlainText(item.content, names))).toEqual(['Chris to send it', 'Jim to book rooms', 'Nobody yet', 'nested']);
    expect(inlinePlainText(items.decisions[0]!.content, names)).toBe('The group agreed to meet monthly.');
    expect(inlinePlainText([mention('chris'), text(' will  ask')], names)).toBe('Chris Buckridge will ask');
  });

  it('knows a marked paragraph from a statement', () => {
    expect(holdsMarker(meeting.notes.root.children[2]!)).toBe(true);
    expect(holdsMarker(paragraph(mention('chris'), ' spoke'))).toBe(false);
  });
});
