import { describe, expect, it } from 'vitest';
import { participantSchema } from '../../../../src/shared/meeting/schema';
import type { ReportList, ReportParagraph } from '../../../../src/shared/report/model';
import { createSpeakerNamer } from '../../../../src/shared/report/naming';
import { notesToBlocks, type NotesContext } from '../../../../src/shared/report/notesToBlocks';
import { link, list, listItem, mention, paragraph, text } from './support/meetings';

function context(): NotesContext {
  let id = 0;
  const participants = [participantSchema.parse({ id: 'carol', fullName: 'Carol Roach' })];
  return { namer: createSpeakerNamer(participants, 'first-full-then-short'), nextListId: () => (id += 1) };
}

describe('notesToBlocks', () => {
  it('turns paragraphs into runs with Lexical\'s formatting and resolves mentions', () => {
    const [block] = notesToBlocks([paragraph(mention('carol'), ' stressed the ', text('Internet We want', 2), text(' now', 1 | 8))], context());
    expect(block).toEqual({
      kind: 'paragraph', role: 'notes', rtl: false,
      runs: [{ text: 'Carol Roach stressed the ' }, { text: 'Internet We want', italic: true }, { text: ' now', bold: true, underline: true }],
    } satisfies ReportParagraph);
  });

  it('leaves out empty paragraphs and trims the blanks around a paragraph', () => {
    const blocks = notesToBlocks([paragraph(), paragraph('   '), paragraph('  kept  ')], context());
    expect(blocks).toEqual([{ kind: 'paragraph', role: 'notes', rtl: false, runs: [{ text: 'kept' }] }]);
  });

  it('keeps safe links with their address and unsafe ones as plain text', () => {
    const [block] = notesToBlocks([paragraph(
      'The ', link('https://example.org/swot', text('draft of the '), text('SWOT', 1), text(' document')), ', ',
      link('javascript:alert(1)', text('click')), ' and ', link('#', text('lost')),
    )], context()) as [ReportParagraph];
    expect(block.runs).toEqual([
      { text: 'The ' },
      { text: 'draft of the ', link: 'https://example.org/swot' },
      { text: 'SWOT', bold: true, link: 'https://example.org/swot' },
      { text: ' document', link: 'https://example.org/swot' },
      { text: ', click and lost' },
    ]);
  });

  it('flattens nested lists with levels, each typed list numbered on its own', () => {
    const notes = [list('number', [
      listItem('Funding'),
      listItem(list('bullet', [listItem('formal UN submission'), listItem('roadmap')])),
      listItem('Showcase'),
    ]), list('number', [listItem('Again')], 3)];
    const blocks = notesToBlocks(notes, context()) as ReportList[];
    expect(blocks[0]!.items.map(({ level, style, label, listId }) => ({ level, style, label, listId }))).toEqual([
      { level: 0, style: 'numbered', label: '1)', listId: 1 },
      { level: 1, style: 'bulleted', label: '\u25E6', listId: 2 },
      { level: 1, style: 'bulleted', label: '\u25E6', listId: 2 },
      { level: 0, style: 'numbered', label: '2)', listId: 1 },
    ]);
    expect(blocks[1]!.items[0]).toMatchObject({ label: '3)', start: 3, listId: 3 });
  });

  it('writes check-list items with a ticked or empty box', () => {
    const checked = { ...listItem('done'), checked: true };
    const [block] = notesToBlocks([list('check', [checked, listItem('to do')])], context()) as [ReportList];
    expect(block.items.map((item) => item.runs[0]!.text)).toEqual(['\u2611 done', '\u2610 to do']);
  });

  it('keeps line breaks and tabs as characters the writers understand', () => {
    const [block] = notesToBlocks([paragraph('a', { type: 'linebreak', version: 1 }, 'b', { type: 'tab', version: 1 }, 'c')], context());
    expect((block as ReportParagraph).runs).toEqual([{ text: 'a\nb\tc' }]);
  });

  it('marks a paragraph right-to-left when its first letter is Arabic or Hebrew', () => {
    const blocks = notesToBlocks([paragraph('« قال المشاركون » Chris'), paragraph('Chris قال'), paragraph('שלום')], context());
    expect(blocks.map((block) => (block as ReportParagraph).rtl)).toEqual([true, false, true]);
  });

  it('reads inline content left at the top level as a paragraph instead of losing it', () => {
    const blocks = notesToBlocks([text('stray text')], context());
    expect(blocks).toEqual([{ kind: 'paragraph', role: 'notes', rtl: false, runs: [{ text: 'stray text' }] }]);
  });
});
