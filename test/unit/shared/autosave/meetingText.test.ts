import { describe, expect, it } from 'vitest';
import { countWords, isBlankMeeting } from '../../../../src/shared/autosave/meetingText';
import { createEmptyMeeting } from '../../../../src/shared/meeting/newMeeting';

function paragraph(...texts: string[]) {
  return { type: 'paragraph', version: 1, children: texts.map((text) => ({ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' })) };
}

describe('meeting text helpers', () => {
  it('counts the words typed in the notes, across paragraphs, lists and formatting runs', () => {
    const meeting = createEmptyMeeting();
    meeting.notes.root.children = [
      paragraph('Chris gave an ', 'up', 'date', ' on the work.'),
      { type: 'list', version: 1, listType: 'bullet', start: 1, children: [{ type: 'listitem', version: 1, value: 1, children: [paragraph('  two   words ')] }] },
      { type: 'agenda-heading', version: 1, itemId: 'a1' },
    ];
    expect(countWords(meeting.notes)).toBe(9);
    expect(countWords(createEmptyMeeting().notes)).toBe(0);
  });

  it('calls a meeting blank only when nothing was typed or chosen', () => {
    expect(isBlankMeeting(createEmptyMeeting())).toBe(true);
    const typed = createEmptyMeeting();
    typed.notes.root.children = [paragraph('x')];
    expect(isBlankMeeting(typed)).toBe(false);
    const titled = createEmptyMeeting();
    titled.metadata.groupShortName = 'WG';
    expect(isBlankMeeting(titled)).toBe(false);
  });
});
