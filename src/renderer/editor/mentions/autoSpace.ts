import { $getSelection, $isRangeSelection, type LexicalEditor, type TextNode } from 'lexical';
import { registerNotesKeyDown } from '../notesKeyDown';

/**
 * A mention is inserted with a space after it so typing can go on at once; a
 * scribe who types the space anyway ("Jim: " out of habit) would get two. The
 * space typed as the very next key, with the caret still there, is swallowed.
 */
let pendingSpace: { key: string; offset: number } | null = null;

export function $rememberAutoSpace(textNode: TextNode, offset: number): void {
  pendingSpace = { key: textNode.getKey(), offset };
}

function $caretIsAt(point: { key: string; offset: number }): boolean {
  const selection = $getSelection();
  return $isRangeSelection(selection) && selection.isCollapsed() && selection.anchor.key === point.key && selection.anchor.offset === point.offset;
}

export function registerAutoSpace(editor: LexicalEditor): () => void {
  return registerNotesKeyDown(editor, (event) => {
    const point = pendingSpace;
    pendingSpace = null;
    const plainSpace = event.key === ' ' && !event.ctrlKey && !event.metaKey && !event.altKey;
    // The editor is read only for the one key that may be swallowed.
    if (point && plainSpace && editor.read(() => $caretIsAt(point))) event.preventDefault();
  });
}
