import { parseMeetingFile, serializeMeetingFile } from './fileFormat';
import { createEmptyMeeting } from './newMeeting';
import { AGENDA_HEADING_TYPE, SPEAKER_MENTION_TYPE, type SerializedNote } from './notesSchema';
import { meetingSchema } from './schema';

const element = { version: 1, direction: null, format: '', indent: 0 };
const text = (words: string): SerializedNote => ({ type: 'text', version: 1, text: words, format: 0, detail: 0, mode: 'normal', style: '' });

/** A small meeting holding the kinds of things real minutes hold: a person, an agenda item, its heading, a mention, a link and a list. */
export function warmUpSampleText(): string {
  const meeting = meetingSchema.parse({
    ...createEmptyMeeting(),
    participants: [{ id: 'p1', fullName: 'Sample Person', affiliation: 'Sample' }],
    agenda: [{ id: 'a1', title: 'Sample item', presenterIds: ['p1'], children: [{ id: 'a1-1', title: 'Sample sub-item' }] }],
    notes: {
      root: {
        type: 'root', ...element,
        children: [
          { type: AGENDA_HEADING_TYPE, version: 1, itemId: 'a1' },
          { type: 'paragraph', ...element, children: [
            { type: SPEAKER_MENTION_TYPE, version: 1, participantId: 'p1', clockOffsetMs: 1000 },
            text(' said see '),
            { type: 'autolink', ...element, url: 'https://example.org', rel: null, target: null, title: null, children: [text('example.org')] },
          ] },
          { type: 'list', ...element, listType: 'bullet', start: 1, tag: 'ul', children: [
            { type: 'listitem', ...element, value: 1, children: [text('A point.')] },
          ] },
        ],
      },
    },
  });
  return serializeMeetingFile(meeting);
}

/**
 * Reads a small meeting once and throws the result away. The schemas compile
 * their checks the first time they run: done at idle after start, that cost
 * (tens of milliseconds) is no longer paid inside the user's first Open.
 * Returns whether the sample was read, which it always should be.
 */
export function warmUpMeetingReading(): boolean {
  return parseMeetingFile(warmUpSampleText()).ok;
}
