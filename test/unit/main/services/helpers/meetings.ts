import { serializeMeetingFile } from '../../../../../src/shared/meeting/fileFormat';
import { createEmptyMeeting } from '../../../../../src/shared/meeting/newMeeting';
import type { Meeting } from '../../../../../src/shared/meeting/schema';

function paragraph(text: string) {
  return {
    type: 'paragraph', version: 1, direction: null, format: '', indent: 0,
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  };
}

/** A small but realistic meeting: a title, a participant, one note. */
export function sampleMeeting(): Meeting {
  const meeting = createEmptyMeeting();
  meeting.metadata.groupTitle = 'WG on Strategy';
  meeting.participants.push({
    id: 'p1', fullName: 'Chris Buckridge', shortName: '', affiliation: 'Example', role: 'moderator',
    attendance: 'present', aliases: [],
  });
  meeting.notes.root.children = [paragraph('Chris gave an update on the intersessional work.')];
  return meeting;
}

/** A meeting whose file is just over `bytes` long: many paragraphs of typed notes. */
export function meetingOfSize(bytes: number): Meeting {
  const meeting = sampleMeeting();
  const sentence = 'Jim Prendergast observed that the working group should revisit the strategy paper before the next call.';
  const base = serializeMeetingFile(meeting).length;
  meeting.notes.root.children.push(paragraph(sentence));
  const perParagraph = serializeMeetingFile(meeting).length - base;
  while (meeting.notes.root.children.length * perParagraph + base < bytes) meeting.notes.root.children.push(paragraph(sentence));
  // The estimate can fall a little short (indentation, digits): top up, checking the real size.
  while (serializeMeetingFile(meeting).length < bytes) meeting.notes.root.children.push(paragraph(sentence));
  return meeting;
}
