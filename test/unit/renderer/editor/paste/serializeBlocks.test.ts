import { describe, expect, it } from 'vitest';
import { NO_MARKS, type CleanInline } from '../../../../../src/renderer/editor/paste/cleanContent';
import { inlineIfSingleParagraph, serializeBlocks, serializeInlines } from '../../../../../src/renderer/editor/paste/serializeBlocks';
import { notesStateSchema } from '../../../../../src/shared/meeting/notesSchema';

const link = 'https://www.intgovforum.org/en';
const run = (text: string, marks: Partial<typeof NO_MARKS> = {}): CleanInline => ({ kind: 'text', text, marks: { ...NO_MARKS, ...marks } });

describe('serializeInlines', () => {
  it('gathers neighbouring runs of one link into one link node and sets the format bits', () => {
    const notes = serializeInlines([run('See '), run('the ', { href: link }), run('IGF', { href: link, bold: true }), run(' site', { italic: true, underline: true })]);
    expect(notes.map((note) => note.type)).toEqual(['text', 'link', 'text']);
    expect(notes[1]).toMatchObject({ url: link, children: [{ text: 'the ', format: 0 }, { text: 'IGF', format: 1 }] });
    expect(notes[2]).toMatchObject({ text: ' site', format: 2 | 8, style: '' });
  });

  it('starts a new link when the address changes', () => {
    const notes = serializeInlines([run('a', { href: link }), run('b', { href: 'mailto:chair@example.org' })]);
    expect(notes.map((note) => note['url'])).toEqual([link, 'mailto:chair@example.org']);
  });
});

describe('serializeBlocks', () => {
  const blocks = serializeBlocks([
    { kind: 'paragraph', inlines: [run('Intro'), { kind: 'break' }, run('line two')] },
    {
      kind: 'list', listType: 'number', start: 2, items: [
        { inlines: [run('Second')], lists: [{ kind: 'list', listType: 'bullet', start: 1, items: [{ inlines: [run('detail')], lists: [] }] }] },
        { inlines: [run('Third')], lists: [] },
      ],
    },
  ]);

  it('puts a nested list in a list item of its own after its parent item, as Lexical does', () => {
    const list = blocks[1]!;
    expect(list).toMatchObject({ type: 'list', listType: 'number', start: 2, tag: 'ol' });
    expect(list.children!.map((item) => item.children!.map((child) => child.type))).toEqual([['text'], ['list'], ['text']]);
  });

  it('produces notes a saved file may hold', () => {
    const state = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: blocks } };
    expect(notesStateSchema.safeParse(state).success).toBe(true);
  });
});

describe('inlineIfSingleParagraph', () => {
  it('unwraps one paragraph so it joins the paragraph at the caret, and leaves several alone', () => {
    const [paragraph] = serializeBlocks([{ kind: 'paragraph', inlines: [run('phrase')] }]);
    expect(inlineIfSingleParagraph([paragraph!]).map((note) => note.type)).toEqual(['text']);
    expect(inlineIfSingleParagraph([paragraph!, paragraph!])).toHaveLength(2);
  });
});
