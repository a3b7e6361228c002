import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/shared/report/buildReport';
import { makeMeeting } from './support/meetings';
import { reportParagraphs } from './support/reportText';

const people = [
  { id: 'a', fullName: 'Anja Gengo', affiliation: 'IGF Secretariat' },
  { id: 'v', fullName: 'Valeria Betancourt' },
  { id: 'r', fullName: 'Rosalind Kenny Birch', affiliation: 'UK Government', attendance: 'apologies' as const },
  { id: 'm', fullName: 'Markus Kummer', attendance: 'absent' as const },
];
const after = (texts: string[], heading: string) => texts.slice(texts.indexOf(heading) + 1);

describe('the List of participants', () => {
  it('lists the present participants as "Name, Affiliation", with no trailing comma when the affiliation is unknown', () => {
    const texts = reportParagraphs(buildReport(makeMeeting({ participants: people })));
    expect(after(texts, 'List of participants')).toEqual(['Anja Gengo, IGF Secretariat', 'Valeria Betancourt']);
    expect(texts).not.toContain('Apologies');
  });

  it('adds apologies as their own numbered list when asked, never the absent', () => {
    const report = buildReport(makeMeeting({ participants: people }), { includeApologies: true });
    const texts = reportParagraphs(report);
    expect(after(texts, 'Apologies')).toEqual(['Rosalind Kenny Birch, UK Government']);
    expect(texts.join('\n')).not.toContain('Markus Kummer');
    const lists = report.blocks.filter((block) => block.kind === 'list').slice(-2);
    expect(lists.map((list) => list.kind === 'list' && list.items.map((item) => item.label))).toEqual([['1.', '2.'], ['1.']]);
  });
});

describe('the Links section', () => {
  it('prints one linked line per link, the address when there is no title, and unsafe addresses as text only', () => {
    const links = [
      { id: 'l1', title: '2023 SDG Summit', url: 'https://example.org/sdg' },
      { id: 'l2', title: '', url: 'https://example.org/untitled' },
      { id: 'l3', title: 'Trap', url: 'javascript:alert(1)' },
      { id: 'l4', title: '', url: '' },
    ];
    const report = buildReport(makeMeeting({ links }));
    const section = report.blocks.slice(report.blocks.findIndex((block) => block.kind === 'heading' && block.runs[0]!.text === 'Links:') + 1);
    expect(section.map((block) => block.kind === 'paragraph' && block.runs)).toEqual([
      [{ text: '2023 SDG Summit', link: 'https://example.org/sdg' }],
      [{ text: 'https://example.org/untitled', link: 'https://example.org/untitled' }],
      [{ text: 'Trap' }],
    ]);
  });

  it('has no Links heading without links', () => {
    expect(reportParagraphs(buildReport(makeMeeting()))).not.toContain('Links:');
  });
});
