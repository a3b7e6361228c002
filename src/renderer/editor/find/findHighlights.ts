import type { LexicalEditor, NodeKey } from 'lexical';
import type { FoundMatch } from './searchNotes';

/**
 * Shows matches with the CSS Custom Highlight API: ranges painted over the
 * editor's own DOM, so highlighting never edits the notes, never enters the
 * undo history and never reaches the saved file.
 */
export const FIND_HIGHLIGHT = 'rapporteur-find';
export const CURRENT_HIGHLIGHT = 'rapporteur-find-current';

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

function textDomOf(editor: LexicalEditor, key: NodeKey): Text | null {
  const element = editor.getElementByKey(key);
  if (!element) return null;
  return document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
}

function rangeOf(editor: LexicalEditor, match: FoundMatch): Range | null {
  const first = match.segments[0];
  const last = match.segments[match.segments.length - 1];
  if (!first || !last) return null;
  const startText = textDomOf(editor, first.key);
  const endText = textDomOf(editor, last.key);
  if (!startText || !endText) return null;
  const range = document.createRange();
  range.setStart(startText, Math.min(first.start, startText.length));
  range.setEnd(endText, Math.min(last.end, endText.length));
  return range;
}

export function clearFindHighlights(): void {
  if (!highlightsSupported()) return;
  CSS.highlights.delete(FIND_HIGHLIGHT);
  CSS.highlights.delete(CURRENT_HIGHLIGHT);
}

/** Paints all matches, the current one apart, and scrolls the current one to the middle, clear of the find bar. */
export function showFindHighlights(editor: LexicalEditor, matches: readonly FoundMatch[], current: number): void {
  const currentMatch = matches[current];
  if (currentMatch) editor.getElementByKey(currentMatch.segments[0]?.key ?? '')?.scrollIntoView({ block: 'center' });
  if (!highlightsSupported()) return;
  const ranges = matches.map((match) => rangeOf(editor, match));
  CSS.highlights.set(FIND_HIGHLIGHT, new Highlight(...ranges.filter((range): range is Range => range !== null)));
  const currentRange = ranges[current];
  if (currentRange) CSS.highlights.set(CURRENT_HIGHLIGHT, new Highlight(currentRange));
  else CSS.highlights.delete(CURRENT_HIGHLIGHT);
}
