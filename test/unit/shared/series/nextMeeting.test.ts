import { describe, expect, it } from 'vitest';
import { collectNotedItems, inlinePlainText } from '../../../../src/shared/actions/collect';
import { parseMeetingFile, serializeMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { agendaLabel } from '../../../../src/shared/meeting/agendaNumbering';
import { AGENDA_HEADING_TYPE } from '../../../../src/shared/meeting/notesSchema';
import { createNextMeeting, REVIEW_ITEM_TITLE } from '../../../../src/shared/series/nextMeeting';
import { loadFixtureMeeting } from '../report/support/fixture';
import { makeMeeting, paragraph } from '../report/support/meetings';
import { action } from '../actions/notes';

describe('the next meeting of a series', () => {
  const reference = loadFixtureMeeting();

  it('from the reference meeting 60: number 61, on 10 August 2023 at 14:00 UTC, the group and its 22 people', () => {
    const next = createNextMeeting(reference, { agenda: 'none' });
    const { metadata } = next;
    expect(metadata.number).toBe(61);
    expect(metadata.start).toEqual({ date: '2023-08-10', time: '14:00', timeZone: 'UTC' });
    expect(metadata.nextMeeting).toBeUndefined();
    expect(metadata.status).toBe('live');
    expect([metadata.groupTitle, metadata.groupShortName, metadata.seriesName, metadata.locale, metadata.recordingNote]).toEqual([
      reference.metadata.groupTitle, 'WG-Strategy', 'Online Meeting', 'en-GB', reference.metadata.recordingNote,
    ]);
    expect(metadata.moderatorIds).toEqual(['chris-buckridge']);
    expect(next.participants).toHaveLength(22);
    expect(next.participants.map((person) => person.fullName)).toEqual(reference.participants.map((person) => person.fullName));
    expect(next.agenda).toEqual([]);
    expect(next.links).toEqual([]);
    expect(next.clock).toEqual({});
    expect(next.carriedActions).toEqual([]);
  });

  it('resets attendance: present and apologies become present, someone absent stays absent', () => {
    const previous = makeMeeting({
      participants: [
        { id: 'chris', fullName: 'Chris Buckridge', attendance: 'apologies' },
        { id: 'jim', fullName: 'Jim Prendergast', attendance: 'present', pin: 2, aliases: ['JP'] },
        { id: 'bob', fullName: 'Bob Stone', attendance: 'absent' },
      ],
    });
    expect(createNextMeeting(previous, { agenda: 'none' }).participants.map((p) => [p.id, p.attendance, p.pin, p.aliases])).toEqual([
      ['chris', 'present', undefined, []], ['jim', 'present', 2, ['JP']], ['bob', 'absent', undefined, []],
    ]);
  });

  it('puts the open actions first, under "Review of action items", with their markers and history', () => {
    const previous = makeMeeting({
      metadata: { number: 61, start: { date: '2023-08-10', time: '14:00', timeZone: 'UTC' } },
      notes: [paragraph(action('a1', ['jim'], { due: '2023-09-01' }), 'Jim to book rooms'), paragraph(action('a2', [], { done: true }), 'Done already')],
    });
    const next = createNextMeeting(previous, { agenda: 'skeleton', skeleton: [{ title: 'Update from the Secretariat', children: [] }, { title: 'AoB', children: [] }] });
    expect(next.metadata.number).toBe(62);
    expect(next.agenda.map((item) => item.title)).toEqual([REVIEW_ITEM_TITLE, 'Update from the Secretariat', 'AoB']);
    const headings = next.notes.root.children.filter((node) => node.type === AGENDA_HEADING_TYPE).map((node) => agendaLabel(next.agenda, String(node['itemId'])));
    expect(headings).toEqual(['1. Review of action items', '2. Update from the Secretariat', '3. AoB']);
    const noted = collectNotedItems(next.notes).actions;
    expect(noted.map((item) => [item.actionId, item.ownerIds, item.due, item.done, inlinePlainText(item.content, () => '')])).toEqual([['a1', ['jim'], '2023-09-01', false, 'Jim to book rooms']]);
    expect(noted[0]!.blockIndex).toBe(2);
    expect(next.carriedActions).toEqual([{ id: 'a1', text: 'Jim to book rooms', ownerIds: ['jim'], due: '2023-09-01', history: [{ event: 'raised', meetingNumber: 61, date: '2023-08-10' }] }]);
  });

  it('can copy the previous agenda (fresh ids, no times taken up, no old review item) or leave the actions behind', () => {
    const previous = makeMeeting({
      agenda: [{ id: 'rev', title: 'Review of action items' }, { id: 'one', title: 'Outcomes', takenUpAtMs: 1000, children: [{ id: 'one-a', title: 'LP', presenterIds: ['timea'], takenUpAtMs: 2000 }] }],
      notes: [paragraph(action('a1', ['jim']), 'Jim to book rooms')],
    });
    const next = createNextMeeting(previous, { agenda: 'previous', carryActions: false });
    expect(next.agenda.map((item) => [item.title, item.takenUpAtMs, item.children.map((child) => [child.title, child.presenterIds, child.takenUpAtMs])])).toEqual([
      ['Outcomes', undefined, [['LP', ['timea'], undefined]]],
    ]);
    expect(next.agenda[0]!.id).not.toBe('one');
    expect(next.carriedActions).toEqual([]);
  });

  it('is a meeting the file format reads back as it is', () => {
    const next = createNextMeeting(reference, { agenda: 'previous' });
    expect(parseMeetingFile(serializeMeetingFile(next))).toEqual({ ok: true, meeting: next, readOnly: false });
  });

  it('keeps a meeting without a number or next date without them', () => {
    const next = createNextMeeting(makeMeeting({ metadata: { number: undefined, nextMeeting: undefined } }), { agenda: 'none' });
    expect(next.metadata.number).toBeUndefined();
    expect(next.metadata.start).toBeUndefined();
  });
});
