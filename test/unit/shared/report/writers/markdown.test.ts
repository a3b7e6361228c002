import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../../src/shared/report/buildReport';
import type { Report, ReportRun } from '../../../../../src/shared/report/model';
import { reportToMarkdown } from '../../../../../src/shared/report/writers/markdown';
import { loadFixtureMeeting, loadReference } from '../support/fixture';
import { expectedParagraphs, normaliseSpaces } from '../support/referenceText';

/** Markdown back to the plain text a reader sees: heading marks, bullets, links, emphasis and escapes removed. */
function markdownToText(line: string): string {
  return line.trim()
    .replace(/^#+ /, '').replace(/^- /, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/\\([\\`*_[\]<>~|#.)-])/g, '$1');
}

const paragraphReport = (runs: ReportRun[]): Report => ({
  locale: 'en', title: 't', subject: 's', draft: false, blocks: [{ kind: 'paragraph', role: 'notes', rtl: false, runs }],
});

describe('reportToMarkdown on the reference meeting', () => {
  const output = reportToMarkdown(buildReport(loadFixtureMeeting()));

  it('reads like the reference once the marks are removed', () => {
    const lines = output.split('\n').filter((line) => line.trim() !== '').map((line) => normaliseSpaces(markdownToText(line)));
    expect(lines).toEqual(expectedParagraphs(loadReference(), { keepListMarkers: true }));
  });

  it('writes headings, nested agenda items, links and emphasis as CommonMark', () => {
    expect(output.startsWith('# MAG Working Group on IGF Strengthening and Strategy\n\nOnline Meeting 60\n\n')).toBe(true);
    expect(output).toContain('\n## Agenda\n\n1) Outcomes and results of the II Open Consultations and MAG meeting\n   - a. Update on the IGF LP meetings (Timea Suto, Ross Creelman)\n2) [Policy Brief on GDC](https://example.org/wg-strategy/policy-brief-on-gdc)\n');
    expect(output).toContain('\n### 5. AoB\n');
    expect(output).toContain('\n#### a. Update on the IGF LP meetings');
    expect(output).toContain('The [draft of the SWOT document](https://example.org/wg-strategy/swot-analysis-draft) has already been shared');
    expect(output).toContain('on the *Internet We want*.');
    expect(output).toContain('\n1) How the IGF has evolved over time');
    expect(output).toContain('\n1. Anja Gengo, IGF Secretariat\n2. Chris Buckridge');
  });
});

describe('reportToMarkdown', () => {
  it('escapes characters that would become markup', () => {
    expect(reportToMarkdown(paragraphReport([{ text: '1. not a list *nor* [a link](x) <b>' }])))
      .toBe('1\\. not a list \\*nor\\* \\[a link\\](x) \\<b\\>\n');
    expect(reportToMarkdown(paragraphReport([{ text: '# not a heading' }]))).toBe('\\# not a heading\n');
  });

  it('keeps blanks outside emphasis marks and fences code that holds backticks', () => {
    expect(reportToMarkdown(paragraphReport([{ text: 'the' }, { text: ' Internet ', italic: true }, { text: 'we', bold: true }])))
      .toBe('the *Internet* **we**\n');
    expect(reportToMarkdown(paragraphReport([{ text: 'run `npm test`', code: true }]))).toBe('`` run `npm test` ``\n');
  });

  it('links only safe addresses, in angle brackets when they hold spaces or parentheses', () => {
    expect(reportToMarkdown(paragraphReport([{ text: 'doc', link: 'https://example.org/a_(b)' }, { text: ' and ' }, { text: 'js', link: 'javascript:alert(1)' }])))
      .toBe('[doc](<https://example.org/a_(b)>) and js\n');
  });
});
