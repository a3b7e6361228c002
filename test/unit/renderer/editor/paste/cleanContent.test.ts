import { describe, expect, it } from 'vitest';
import {
  appendBreak, appendText, NO_MARKS, tidyBlocks, trimInlines, type CleanInline, type Marks,
} from '../../../../../src/renderer/editor/paste/cleanContent';

const bold: Marks = { ...NO_MARKS, bold: true };
const texts = (inlines: CleanInline[]) => inlines.map((inline) => (inline.kind === 'text' ? inline.text : '⏎'));

describe('appendText', () => {
  it('collapses HTML white space as a browser lays it out, across runs', () => {
    const inlines: CleanInline[] = [];
    appendText(inlines, '\r\n  Jim observed that\r\nthe MAG ', NO_MARKS, false);
    appendText(inlines, '  controls', bold, false);
    appendText(inlines, ' only   80/85 sessions.', NO_MARKS, false);
    expect(texts(inlines)).toEqual(['Jim observed that the MAG ', 'controls', ' only 80/85 sessions.']);
  });

  it('joins neighbouring runs with the same marks', () => {
    const inlines: CleanInline[] = [];
    appendText(inlines, 'one ', bold, false);
    appendText(inlines, 'two', bold, false);
    expect(inlines).toEqual([{ kind: 'text', text: 'one two', marks: bold }]);
  });

  it('keeps spaces and turns newlines into breaks where the source preserved white space', () => {
    const inlines: CleanInline[] = [];
    appendText(inlines, 'a  b\nc\td', NO_MARKS, true);
    expect(texts(inlines)).toEqual(['a  b', '⏎', 'c d']);
  });

  it('turns no-break spaces into spaces without collapsing them', () => {
    const inlines: CleanInline[] = [];
    appendText(inlines, 'word\u00a0 next', NO_MARKS, false);
    expect(texts(inlines)).toEqual(['word  next']);
  });
});

describe('trimInlines and tidyBlocks', () => {
  it('drops breaks and spaces at a paragraph\'s edges', () => {
    const inlines: CleanInline[] = [];
    appendBreak(inlines);
    appendText(inlines, '  ', NO_MARKS, true);
    appendText(inlines, ' text ', bold, true);
    appendBreak(inlines);
    appendText(inlines, ' ', NO_MARKS, true);
    expect(texts(trimInlines(inlines))).toEqual(['text']);
  });

  it('drops empty paragraphs, empty items and lists left without items', () => {
    const tidy = tidyBlocks([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: '\u00a0 ', marks: NO_MARKS }] },
      { kind: 'paragraph', inlines: [{ kind: 'break' }] },
      { kind: 'list', listType: 'bullet', start: 1, items: [{ inlines: [], lists: [] }] },
      { kind: 'list', listType: 'number', start: 1, items: [{ inlines: [{ kind: 'text', text: ' kept ', marks: NO_MARKS }], lists: [] }, { inlines: [], lists: [] }] },
    ]);
    expect(tidy).toEqual([{ kind: 'list', listType: 'number', start: 1, items: [{ inlines: [{ kind: 'text', text: 'kept', marks: NO_MARKS }], lists: [] }] }]);
  });
});
