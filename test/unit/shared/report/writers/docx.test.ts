import { beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../../src/shared/meeting/schema';
import type { SerializedNote } from '../../../../../src/shared/meeting/notesSchema';
import { buildReport } from '../../../../../src/shared/report/buildReport';
import { buildReportDocument } from '../../../../../src/shared/report/writers/docx';
import { readDocx, type DocxParagraph, type DocxParts } from '../support/docxXml';
import { loadFixtureMeeting, loadReference } from '../support/fixture';
import { expectedParagraphs, normaliseSpaces } from '../support/referenceText';
import { syntheticMeeting } from '../support/synthetic';

/** Golden test: the fixture's report, written to .docx, packed and read back, is the reference report. */
describe('buildReportDocument on the reference meeting', () => {
  let meeting: Meeting;
  let docx: DocxParts;
  const byText = (text: string): DocxParagraph => {
    const found = docx.paragraphs.find((paragraph) => normaliseSpaces(paragraph.text) === text);
    if (!found) throw new Error(`No paragraph "${text}"`);
    return found;
  };
  const numbered = () => docx.paragraphs.filter((paragraph) => paragraph.numId !== undefined);

  beforeAll(async () => {
    meeting = loadFixtureMeeting();
    docx = await readDocx(buildReportDocument(buildReport(meeting), { author: 'Anja Gengo' }));
  });

  it('holds the reference paragraphs in order, word for word, quirks corrected', () => {
    const actual = docx.paragraphs.map((paragraph) => normaliseSpaces(paragraph.text));
    expect(actual).toEqual(expectedParagraphs(loadReference(), { keepListMarkers: false }));
  });

  it('corrects each quirk format.md lists', () => {
    const texts = docx.paragraphs.map((paragraph) => paragraph.text);
    const discussion = texts.slice(texts.indexOf('Discussion'), texts.indexOf('List of participants'));
    expect(discussion.filter((text) => text.startsWith('Amrita ')).map((text) => text.split(' ').slice(0, 2).join(' ')))
      .toEqual(['Amrita Choudhury', 'Amrita shared']);
    expect(texts).toContainEqual(expect.stringMatching(/^Carol Roach suggested .*what is accomplished and was not/));
    expect(texts.join('\n')).not.toMatch(/Justin Fair|dell'Accio|\(#\)/);
    expect(texts).toContain('5. AoB');
    expect(texts).not.toContain('3. AoB');
  });

  it('styles the title block and every heading with named styles', () => {
    expect(byText('MAG Working Group on IGF Strengthening and Strategy').style).toBe('Title');
    expect(byText('Summary Report').style).toBe('Title');
    expect(byText('Online Meeting 60').style).toBe('Subtitle');
    expect(byText('20 July 2023 at 14:00 UTC').style).toBe('Subtitle');
    for (const section of ['Agenda', 'Discussion', 'List of participants', 'Links:']) expect(byText(section).style).toBe('Heading1');
    for (const item of ['1. Outcomes and results of the II Open Consultations and MAG meeting', '2. Policy Brief on GDC', '5. AoB']) {
      expect(byText(item).style).toBe('Heading2');
    }
    expect(byText('a. Update on the IGF LP meetings (Timea Suto, Ross Creelman)').style).toBe('Heading3');
    expect(docx.stylesXml).toMatch(/w:styleId="Heading1"[\s\S]*?<w:name w:val="Heading 1"\/>/);
  });

  it('numbers the agenda with a Word list: 1) for items, a. for sub-items', () => {
    const agenda = docx.paragraphs.slice(docx.paragraphs.indexOf(byText('Agenda')) + 1, docx.paragraphs.indexOf(byText('Discussion')));
    expect(agenda).toHaveLength(6);
    expect(new Set(agenda.map((paragraph) => paragraph.numId)).size).toBe(1);
    expect(agenda.map((paragraph) => paragraph.level)).toEqual([0, 1, 0, 0, 0, 0]);
    const levels = docx.numbering.get(agenda[0]!.numId!)!;
    expect(levels[0]).toEqual({ format: 'decimal', text: '%1)' });
    expect(levels[1]).toEqual({ format: 'lowerLetter', text: '%2.' });
  });

  it('numbers the participants 1. to 22. with a Word list of their own', () => {
    const first = docx.paragraphs.indexOf(byText('List of participants')) + 1;
    const participants = docx.paragraphs.slice(first, first + 22);
    expect(participants.every((paragraph) => paragraph.numId === participants[0]!.numId)).toBe(true);
    expect(docx.numbering.get(participants[0]!.numId!)![0]).toEqual({ format: 'decimal', text: '%1.' });
    expect(participants[19]!.text).toBe('Valeria Betancourt');
  });

  it('keeps the notes list a Word list, numbered 1) like the reference', () => {
    const items = numbered().filter((paragraph) => paragraph.text.startsWith('How the IGF') || /^(Funding|Package up)/.test(paragraph.text));
    expect(items).toHaveLength(4);
    expect(docx.numbering.get(items[0]!.numId!)![0]).toEqual({ format: 'decimal', text: '%1)' });
    const agendaNumId = byText('AoB').numId;
    expect(items[0]!.numId).not.toBe(agendaNumId);
  });

  it('types no list marker outside headings: Word numbers the lists', () => {
    const plain = docx.paragraphs.filter((paragraph) => !paragraph.style?.startsWith('Heading'));
    expect(plain.filter((paragraph) => /^\s*(\d+[.)]|[a-z][.)])\s/.test(paragraph.text)).map((paragraph) => paragraph.text)).toEqual([]);
  });

  it('makes every link a w:hyperlink whose relationship is its external address', () => {
    const links = docx.paragraphs.flatMap((paragraph) => paragraph.hyperlinks);
    const notesLinks = collectLinks(meeting.notes.root.children);
    const expected = [
      ...meeting.agenda.filter((item) => item.link).map((item) => ({ text: item.title, target: item.link!, external: true })),
      ...notesLinks.map((link) => ({ ...link, external: true })),
      ...meeting.links.map((link) => ({ text: link.title, target: link.url, external: true })),
    ];
    expect(links).toEqual(expected);
    expect(expected.map((link) => link.text)).toContain('draft of the SWOT document');
    expect(links.every((link) => link.target.startsWith('https://example.org/'))).toBe(true);
  });

  it('keeps the emphasis of the notes', () => {
    const italicRuns = Array.from(docx.documentXml.matchAll(/<w:r><w:rPr><w:i\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g), (match) => match[1]);
    expect(italicRuns).toEqual(['Internet We want', 'Internet We want']);
  });

  it('declares the language, the fonts of each script and the core properties', () => {
    expect(docx.stylesXml).toMatch(/<w:lang w:val="en-GB"\/>/);
    const fonts = /<w:rPrDefault><w:rPr><w:rFonts ([^>]*)\/>/.exec(docx.stylesXml)?.[1] ?? '';
    for (const script of ['w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs']) expect(fonts).toContain(`${script}="`);
    expect(docx.coreXml).toContain('<dc:title>MAG Working Group on IGF Strengthening and Strategy \u2014 Online Meeting 60</dc:title>');
    expect(docx.coreXml).toContain('<dc:subject>Summary Report</dc:subject>');
    expect(docx.coreXml).toContain('<dc:creator>Anja Gengo</dc:creator>');
  });
});

describe('buildReportDocument options and scripts', () => {
  it('uses the title it is given for the file', async () => {
    const docx = await readDocx(buildReportDocument(buildReport(loadFixtureMeeting()), { author: 'A', title: 'WG-Strategy 60' }));
    expect(docx.coreXml).toContain('<dc:title>WG-Strategy 60</dc:title>');
  });

  it('marks a right-to-left paragraph w:bidi and its Arabic run w:rtl, and leaves the others alone', async () => {
    const meeting = loadFixtureMeeting();
    const arabic = 'قال المشاركون إن المنتدى مهم';
    meeting.notes.root.children.splice(1, 0, { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: arabic, format: 0 }] });
    const docx = await readDocx(buildReportDocument(buildReport(meeting), { author: 'A' }));
    const paragraph = docx.paragraphs.find((candidate) => candidate.text === arabic)!;
    expect(paragraph.bidi).toBe(true);
    expect(paragraph.xml).toMatch(/<w:rtl\/>/);
    expect(docx.paragraphs.filter((candidate) => candidate.bidi)).toEqual([paragraph]);
    expect(docx.documentXml.match(/<w:bidi\b/g)).toHaveLength(1);
  });

  it('writes line breaks and tabs as Word breaks and tabs', async () => {
    const meeting = loadFixtureMeeting();
    meeting.notes.root.children.splice(1, 0, {
      type: 'paragraph', version: 1,
      children: [{ type: 'text', version: 1, text: 'one\ttwo', format: 0 }, { type: 'linebreak', version: 1 }, { type: 'text', version: 1, text: 'three', format: 0 }],
    });
    const docx = await readDocx(buildReportDocument(buildReport(meeting), { author: 'A' }));
    expect(docx.paragraphs.map((paragraph) => paragraph.text)).toContain('one\ttwo\nthree');
  });
});

function collectLinks(nodes: readonly SerializedNote[]): Array<{ text: string; target: string }> {
  return nodes.flatMap((node) => {
    if (node.type === 'link') return [{ text: (node.children ?? []).map((child) => String(child['text'] ?? '')).join(''), target: String(node['url']) }];
    return collectLinks(node.children ?? []);
  });
}

describe('buildReportDocument on a long meeting', () => {
  it('builds and packs a 20,000-word meeting well within a save\'s patience', async () => {
    const meeting = syntheticMeeting(20_000);
    const started = performance.now();
    const docx = await readDocx(buildReportDocument(buildReport(meeting), { author: 'A' }));
    const elapsed = performance.now() - started;
    const words = docx.paragraphs.map((paragraph) => paragraph.text).join(' ').split(/\s+/).length;
    expect(words).toBeGreaterThan(20_000);
    // Generous bound: it takes well under a second on a developer machine; this catches accidental quadratic work.
    expect(elapsed).toBeLessThan(10_000);
  });
});
