import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/shared/report/buildReport';
import { reportToText } from '../../../../src/shared/report/writers/text';
import { findExportChecks } from '../../../../src/shared/report/exportChecks';
import { agendaHeading, makeMeeting, mention, paragraph, text } from '../report/support/meetings';
import { reportParagraphs } from '../report/support/reportText';
import { action, decision } from './notes';

const notes = [
  agendaHeading('two'),
  paragraph(mention('chris'), ' summarised the discussion.'),
  paragraph(action('a1', ['jim', 'chris'], { due: '2023-08-31' }), 'Circulate the ', text('SWOT', 2), ' summary'),
  paragraph(action('a2', ['timea'], { done: true }), mention('timea'), ' to share the LP paper'),
  paragraph(action('a3'), 'Find a venue'),
  paragraph(decision('d1'), 'The group will meet every three weeks.'),
  paragraph(action('empty', ['jim'])),
];

describe('the Action items and Decisions sections', () => {
  it('follow the Discussion: owners in the roster\'s order, a shared action under each owner, due dates, done, no owner last', () => {
    const paragraphs = reportParagraphs(buildReport(makeMeeting({ notes })));
    const from = paragraphs.indexOf('Action items');
    expect(paragraphs.slice(from, paragraphs.indexOf('List of participants'))).toEqual([
      'Action items',
      'Chris Buckridge', 'Circulate the SWOT summary (due 31 August 2023; with Jim Prendergast)',
      'Timea Suto', 'Timea to share the LP paper (done)',
      'Jim Prendergast', 'Circulate the SWOT summary (due 31 August 2023; with Chris Buckridge)',
      'No owner yet', 'Find a venue',
      'Decisions', 'The group will meet every three weeks.',
    ]);
    expect(paragraphs.indexOf('The next call of the working group will be at 14:00 UTC on 24 August 2023.')).toBe(from - 1);
  });

  it('keep the notes\' formatting and print the owner as its own bold line, items as a list', () => {
    const report = buildReport(makeMeeting({ notes }));
    const owner = report.blocks.find((block) => block.kind === 'paragraph' && block.role === 'actionOwner');
    expect(owner).toMatchObject({ runs: [{ text: 'Chris Buckridge', bold: true }] });
    expect(reportToText(report)).toContain('Chris Buckridge\n\n• Circulate the SWOT summary (due 31 August 2023; with Jim Prendergast)');
    const list = report.blocks[report.blocks.indexOf(owner!) + 1];
    expect(list?.kind === 'list' && list.items[0]!.runs).toEqual([{ text: 'Circulate the ' }, { text: 'SWOT', italic: true }, { text: ' summary (due 31 August 2023; with Jim Prendergast)' }]);
  });

  it('are switched on and off per group, and an empty one is never printed', () => {
    const off = reportParagraphs(buildReport(makeMeeting({ notes, metadata: { reportSections: { actionItems: false, decisions: true } } })));
    expect(off).not.toContain('Action items');
    expect(off).toContain('Decisions');
    expect(reportParagraphs(buildReport(makeMeeting({ notes: [paragraph(mention('jim'), ' spoke.')] })))).not.toContain('Action items');
  });

  it('do not leave the Discussion: the marked paragraphs read there as typed, the markers print nothing', () => {
    const paragraphs = reportParagraphs(buildReport(makeMeeting({ notes })));
    expect(paragraphs).toContain('Circulate the SWOT summary');
    expect(paragraphs).toContain('The group will meet every three weeks.');
  });

  it('raise a check for an open action without an owner, and none for a marked paragraph without a speaker', () => {
    const checks = findExportChecks(makeMeeting({ notes }));
    expect(checks.filter((check) => check.kind === 'action-without-owner').map((check) => check.message)).toEqual(['Action without an owner: “Find a venue”']);
    expect(checks.filter((check) => check.kind === 'no-speaker')).toEqual([]);
  });
});
