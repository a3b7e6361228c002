import { describe, expect, it } from 'vitest';
import { hasVisibleNotes, splitNotesByAgendaItem } from '../../../../src/shared/report/notesSections';
import { agendaHeading, mention, paragraph } from './support/meetings';

const notesOf = (...children: ReturnType<typeof paragraph>[]) => ({ root: { type: 'root' as const, version: 1, children } });

describe('splitNotesByAgendaItem', () => {
  it('puts notes before the first heading in the opening section, and each item\'s notes under it', () => {
    const sections = splitNotesByAgendaItem(
      notesOf(paragraph('welcome'), agendaHeading('one'), paragraph('first'), agendaHeading('two'), paragraph('second')),
      new Set(['one', 'two']),
    );
    expect(sections.opening).toEqual([paragraph('welcome')]);
    expect(sections.byItem.get('one')).toEqual([paragraph('first')]);
    expect(sections.byItem.get('two')).toEqual([paragraph('second')]);
  });

  it('joins notes typed when the group came back to an item', () => {
    const sections = splitNotesByAgendaItem(
      notesOf(agendaHeading('one'), paragraph('a'), agendaHeading('two'), paragraph('b'), agendaHeading('one'), paragraph('c')),
      new Set(['one', 'two']),
    );
    expect(sections.byItem.get('one')).toEqual([paragraph('a'), paragraph('c')]);
  });

  it('keeps notes under the heading of a deleted agenda item in the section they were typed in', () => {
    const sections = splitNotesByAgendaItem(notesOf(agendaHeading('one'), paragraph('a'), agendaHeading('deleted'), paragraph('b')), new Set(['one']));
    expect(sections.byItem.get('one')).toEqual([paragraph('a'), paragraph('b')]);
  });
});

describe('hasVisibleNotes', () => {
  it('is true for text or a mention, false for empty paragraphs', () => {
    expect(hasVisibleNotes([paragraph(), paragraph('  ')])).toBe(false);
    expect(hasVisibleNotes([paragraph(), paragraph('x')])).toBe(true);
    expect(hasVisibleNotes([paragraph(mention('chris'))])).toBe(true);
  });
});
