import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/shared/report/buildReport';
import { buildReportDocument } from '../../../../src/shared/report/writers/docx';
import { readDocx } from './support/docxXml';
import { loadFixtureMeeting } from './support/fixture';
import { agendaHeading, makeMeeting, mention, paragraph } from './support/meetings';
import { reportParagraphs } from './support/reportText';

/** Characters XML 1.0 forbids, as in the design notes: Word and LibreOffice refuse a file holding one. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('buildReport', () => {
  it('builds the reference report\'s blocks in the order of format.md', () => {
    const report = buildReport(loadFixtureMeeting());
    const outline = report.blocks.map((block) => (block.kind === 'heading' && block.level === 1 ? block.runs[0]!.text : block.kind));
    const sections = outline.filter((entry) => !['title', 'paragraph', 'list', 'heading'].includes(entry));
    expect(sections).toEqual(['Agenda', 'Discussion', 'List of participants', 'Links:']);
    expect(outline.slice(0, 7)).toEqual(['title', 'title', 'title', 'title', 'paragraph', 'paragraph', 'Agenda']);
    expect(report).toMatchObject({ locale: 'en-GB', subject: 'Summary Report', draft: false });
    expect(report.title).toBe('MAG Working Group on IGF Strengthening and Strategy \u2014 Online Meeting 60');
  });

  it('does not change the meeting it is given', () => {
    const meeting = loadFixtureMeeting();
    const before = JSON.stringify(meeting);
    buildReport(meeting, { includeApologies: true, includeItemsWithoutNotes: true });
    expect(JSON.stringify(meeting)).toBe(before);
  });

  it('gives the same report for the same meeting: the namer starts afresh each time', () => {
    const meeting = loadFixtureMeeting();
    expect(buildReport(meeting)).toEqual(buildReport(meeting));
  });

  it('sanitises every string on the way in, so the packed Word file holds no character XML forbids', async () => {
    const dirty = '\u0000\uFFFE\uD800\u0008';
    const meeting = makeMeeting({
      metadata: { groupTitle: `Group${dirty}`, recordingNote: `a recording${dirty}` },
      participants: [{ id: 'chris', fullName: `Chris${dirty} Buckridge`, affiliation: `Co-Chair\uFFFF` }],
      agenda: [{ id: 'one', title: `Outcomes${dirty}`, link: `https://example.org/${dirty}a` }],
      links: [{ id: 'l', title: `SDG${dirty}`, url: 'https://example.org/sdg' }],
      notes: [agendaHeading('one'), paragraph(mention('chris'), ` said${dirty}: قال 会议 🎉 Kleinwa\u0308chter \u00E9`)],
    });
    const report = buildReport(meeting);
    expect(JSON.stringify(report.blocks)).not.toMatch(/\\u0000|\\ufffe|\\ud800/i);
    const docx = await readDocx(buildReportDocument(report, { author: `Anja${dirty}` }));
    for (const xml of [docx.documentXml, docx.coreXml, docx.stylesXml]) expect(xml).not.toMatch(FORBIDDEN);
    const texts = docx.paragraphs.map((candidate) => candidate.text);
    expect(texts).toContain('Group');
    // Chris is the moderator, named in full in the opening paragraph: the notes call him Chris.
    expect(texts).toContain('Chris said: قال 会议 🎉 Kleinwa\u0308chter \u00E9');
    expect(texts).toContain('Chris Buckridge, Co-Chair');
    expect(docx.paragraphs.flatMap((candidate) => candidate.hyperlinks).map((link) => link.target)).toContain('https://example.org/a');
  });

  it('flags right-to-left titles, headings and list items, and only those', () => {
    const meeting = makeMeeting({
      metadata: { groupTitle: 'مجموعة العمل' },
      participants: [{ id: 'h', fullName: 'חנה לוי', affiliation: 'Independent' }, { id: 'j', fullName: 'Jim Prendergast' }],
      agenda: [{ id: 'one', title: 'التقرير' }, { id: 'two', title: 'AoB' }],
      notes: [agendaHeading('one'), paragraph('Jim reported.'), paragraph('قال المشاركون')],
    });
    const rtlTexts = buildReport(meeting).blocks.flatMap((block) => {
      if (block.kind === 'list') return block.items.filter((item) => item.rtl).map((item) => item.runs[0]!.text);
      if (block.rtl) return [block.kind === 'title' ? block.text : block.runs.map((run) => run.text).join('')];
      return [];
    });
    expect(rtlTexts).toEqual(['مجموعة العمل', 'التقرير', 'التقرير', 'قال المشاركون', 'חנה לוי, Independent']);
  });
});
