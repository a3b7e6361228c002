import type { SerializedNote } from '../../../../../src/shared/meeting/notesSchema';
import type { Meeting } from '../../../../../src/shared/meeting/schema';
import { agendaHeading, link, list, listItem, makeMeeting, mention, paragraph, text } from './meetings';

const WORDS = 'the group discussed how the forum could evolve and agreed to follow up on funding outcomes and intersessional work'.split(' ');

/** A long meeting with about `words` words of notes: paragraphs with mentions, italics and links, and lists. */
export function syntheticMeeting(words: number): Meeting {
  const participants = Array.from({ length: 120 }, (_, index) => ({ id: `p${index}`, fullName: `Person${index} Surname${index}`, affiliation: `Org ${index}` }));
  const agenda = Array.from({ length: 30 }, (_, index) => ({ id: `i${index}`, title: `Agenda item ${index + 1}`, children: [{ id: `i${index}a`, title: 'Detail' }] }));
  const notes: SerializedNote[] = [];
  let written = 0;
  for (let block = 0; written < words; block += 1) {
    if (block % 20 === 0) notes.push(agendaHeading(agenda[(block / 20) % agenda.length]!.id));
    const sentence = Array.from({ length: 60 }, (_, index) => WORDS[(block + index) % WORDS.length]).join(' ');
    if (block % 7 === 6) {
      notes.push(list('number', [listItem(sentence.slice(0, 120)), listItem(sentence.slice(120, 240))]));
    } else {
      notes.push(paragraph(mention(`p${block % 120}`), ` said that ${sentence} `, text('emphasis', 2), ' see ', link('https://example.org/doc', text('the document')), '.'));
    }
    written += 66;
  }
  return makeMeeting({ participants, agenda, notes, links: [{ id: 'l', title: 'Doc', url: 'https://example.org/doc' }] });
}
