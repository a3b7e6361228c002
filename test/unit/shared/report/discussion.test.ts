import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/shared/report/buildReport';
import { agendaHeading, makeMeeting, paragraph } from './support/meetings';
import { reportParagraphs } from './support/reportText';

/** The Discussion's paragraphs: from its heading to the List of participants (or the end). */
function discussion(texts: string[]): string[] {
  const end = texts.indexOf('List of participants');
  return texts.slice(texts.indexOf('Discussion'), end < 0 ? undefined : end);
}

const NEXT = 'The next call of the working group will be at 14:00 UTC on 24 August 2023.';

describe('the Discussion', () => {
  it('prints only items with notes, keeping the agenda numbers, and always the last item with the next-meeting sentence', () => {
    const notes = [agendaHeading('two'), paragraph('On the brief.')];
    expect(discussion(reportParagraphs(buildReport(makeMeeting({ notes }))))).toEqual([
      'Discussion', '2. Policy Brief', 'On the brief.', '3. AoB', NEXT,
    ]);
  });

  it('prints every item and sub-item with includeItemsWithoutNotes', () => {
    const texts = reportParagraphs(buildReport(makeMeeting(), { includeItemsWithoutNotes: true }));
    expect(discussion(texts)).toEqual([
      'Discussion', '1. Outcomes', 'a. Update on the LP (Timea Suto)', '2. Policy Brief', '3. AoB', NEXT,
    ]);
  });

  it('brings the parent heading along with a sub-item that has notes', () => {
    const notes = [agendaHeading('one-a'), paragraph('LP news.')];
    expect(discussion(reportParagraphs(buildReport(makeMeeting({ notes }))))).toEqual([
      'Discussion', '1. Outcomes', 'a. Update on the LP (Timea Suto)', 'LP news.', '3. AoB', NEXT,
    ]);
  });

  it('puts notes typed before the first agenda heading before the first discussion heading', () => {
    const notes = [paragraph('Welcome and apologies.'), agendaHeading('one'), paragraph('Outcomes discussed.')];
    expect(discussion(reportParagraphs(buildReport(makeMeeting({ notes })))).slice(0, 4)).toEqual([
      'Discussion', 'Welcome and apologies.', '1. Outcomes', 'Outcomes discussed.',
    ]);
  });

  it('closes the Discussion with the next-meeting sentence after the last item\'s own notes and sub-items', () => {
    const agenda = [{ id: 'one', title: 'Outcomes' }, { id: 'aob', title: 'AoB', children: [{ id: 'aob-a', title: 'Dates' }] }];
    const notes = [agendaHeading('aob'), paragraph('Any other business.'), agendaHeading('aob-a'), paragraph('Summer break.')];
    expect(discussion(reportParagraphs(buildReport(makeMeeting({ agenda, notes }))))).toEqual([
      'Discussion', '2. AoB', 'Any other business.', 'a. Dates', 'Summer break.', NEXT,
    ]);
  });

  it('without an agenda, holds all the notes, and without a next meeting, no closing sentence', () => {
    const texts = reportParagraphs(buildReport(makeMeeting({ agenda: [], notes: [paragraph('Free discussion.')], metadata: { nextMeeting: undefined } })));
    expect(texts).not.toContain('Agenda');
    expect(texts).not.toContain('The co-chair opened the meeting by introducing the agenda:');
    expect(discussion(texts)).toEqual(['Discussion', 'Free discussion.']);
  });
});
