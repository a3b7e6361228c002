import type { LexicalEditor } from 'lexical';
import { domTextOf, locate, type TextSegment } from './blockText';
import type { Misspelling } from './misspellings';

/**
 * The wavy underlines, drawn with the CSS Custom Highlight API: ranges painted
 * over the editor's own DOM, so marking a word never touches the notes, their
 * undo history or the saved file, and costs Lexical nothing.
 */
export const SPELLING_HIGHLIGHT = 'rapporteur-spelling';

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/** A live DOM range over a misspelling (it follows later edits of the DOM until the block is checked again). */
export function rangeFor(editor: LexicalEditor, segments: readonly TextSegment[], word: Misspelling): Range | null {
  const from = locate(segments, word.start, 'start');
  const to = locate(segments, word.end, 'end');
  if (!from || !to) return null;
  const startText = domTextOf(editor, from.key);
  const endText = domTextOf(editor, to.key);
  if (!startText || !endText) return null;
  const range = document.createRange();
  range.setStart(startText, Math.min(from.offset, startText.length));
  range.setEnd(endText, Math.min(to.offset, endText.length));
  return range;
}

export class SpellingMarks {
  private readonly highlight: Highlight | null = highlightsSupported() ? new Highlight() : null;

  constructor() {
    if (this.highlight) CSS.highlights.set(SPELLING_HIGHLIGHT, this.highlight);
  }

  replace(before: readonly Range[], after: readonly Range[]): void {
    if (!this.highlight) return;
    for (const range of before) this.highlight.delete(range);
    for (const range of after) this.highlight.add(range);
  }

  clear(): void {
    this.highlight?.clear();
  }

  dispose(): void {
    if (this.highlight && CSS.highlights.get(SPELLING_HIGHLIGHT) === this.highlight) CSS.highlights.delete(SPELLING_HIGHLIGHT);
  }
}
