import { describe, expect, it } from 'vitest';
import { actionsToCarry, droppedCarriedActions } from '../../../../src/shared/actions/carryOver';
import { makeMeeting, mention, paragraph } from '../report/support/meetings';
import { action } from './notes';

describe('carry-over rules', () => {
  const meeting61 = makeMeeting({
    notes: [
      paragraph(action('old', ['jim'], { due: '2023-09-01' }), ' ', mention('jim'), ' to book rooms (now for Kyoto)'),
      paragraph(action('closed', ['chris'], { done: true }), 'Chris to send the brief'),
      paragraph(action('new', ['chris', 'timea']), 'Chris and Timea to draft the paper'),
    ],
    carriedActions: [
      { id: 'old', text: 'Jim to book rooms', ownerIds: ['jim'], history: [{ event: 'raised', meetingNumber: 60, date: '2023-07-20' }] },
      { id: 'closed', text: 'Chris to send the brief', ownerIds: ['chris'], history: [{ event: 'raised', meetingNumber: 60 }] },
      { id: 'deleted', text: 'Valeria to write', ownerIds: ['valeria'], history: [{ event: 'raised', meetingNumber: 59 }] },
    ],
  });
  const carried = actionsToCarry(meeting61);

  it('carries open actions, leaves done ones, and drops a carried one whose paragraph was deleted', () => {
    expect(carried.map((item) => item.carried.id)).toEqual(['old', 'new']);
    expect(droppedCarriedActions(meeting61).map((item) => item.id)).toEqual(['deleted']);
  });

  it('takes text, owners and due date from the notes, and grows the history by this meeting', () => {
    expect(carried[0]!.carried).toEqual({
      id: 'old', text: 'Jim Prendergast to book rooms (now for Kyoto)', ownerIds: ['jim'], due: '2023-09-01',
      history: [{ event: 'raised', meetingNumber: 60, date: '2023-07-20' }, { event: 'open', meetingNumber: 61, date: '2023-08-10' }],
    });
    expect(carried[1]!.carried.history).toEqual([{ event: 'raised', meetingNumber: 61, date: '2023-08-10' }]);
  });

  it('keeps the inline content, so a mention stays a mention in the next meeting', () => {
    expect(carried[0]!.content.map((node) => node.type)).toEqual(['text', 'speaker-mention', 'text']);
  });
});
