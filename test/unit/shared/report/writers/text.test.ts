import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../../src/shared/report/buildReport';
import { reportToText } from '../../../../../src/shared/report/writers/text';
import { loadFixtureMeeting, loadReference } from '../support/fixture';
import { agendaHeading, link, list, listItem, makeMeeting, paragraph, text } from '../support/meetings';
import { expectedParagraphs, normaliseSpaces } from '../support/referenceText';

describe('reportToText on the reference meeting', () => {
  const output = reportToText(buildReport(loadFixtureMeeting()));

  it('reads like the reference: same paragraphs, same list markers, quirks corrected', () => {
    const lines = output.split('\n').filter((line) => line.trim() !== '')
      .map((line) => normaliseSpaces(line.replace(/ \(https:\/\/example\.org\/[^)]*\)/g, '')));
    expect(lines).toEqual(expectedParagraphs(loadReference(), { keepListMarkers: true }));
  });

  it('keeps the title block together and sets every other block apart with a blank line', () => {
    expect(output.startsWith('MAG Working Group on IGF Strengthening and Strategy\nOnline Meeting 60\n20 July 2023 at 14:00 UTC\nSummary Report\n\nThe 60th')).toBe(true);
    expect(output).toContain('\n\nAgenda\n\n1) Outcomes');
    expect(output.endsWith('(https://example.org/links/summit-of-the-future)\n')).toBe(true);
  });

  it('indents sub-items under their item and follows every link with its address', () => {
    expect(output).toContain('1) Outcomes and results of the II Open Consultations and MAG meeting\n   a. Update on the IGF LP meetings (Timea Suto, Ross Creelman)\n2) Policy Brief on GDC (https://example.org/wg-strategy/policy-brief-on-gdc)');
    expect(output).toContain('The draft of the SWOT document (https://example.org/wg-strategy/swot-analysis-draft) has already been shared');
    expect(output).not.toContain('(#)');
  });
});

describe('reportToText', () => {
  it('prints an address once when it is its own link text, and aligns continuation lines of a list item', () => {
    const notes = [
      agendaHeading('one'),
      paragraph(link('https://example.org/x', text('https://example.org/x'))),
      list('bullet', [listItem('first line', { type: 'linebreak', version: 1 }, 'second line')]),
    ];
    const output = reportToText(buildReport(makeMeeting({ notes })));
    expect(output).toContain('\n\nhttps://example.org/x\n\n');
    expect(output).toContain('\u2022 first line\n  second line');
  });
});
