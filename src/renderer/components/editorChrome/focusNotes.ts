import type { LexicalEditor } from 'lexical';

/**
 * Gives the focus back to the notes after a dialog or bar, with the caret where
 * the editor's selection is. Lexical focuses by setting the page's selection,
 * which does not move the focus out of an input that still has it, so the
 * notes element is focused first.
 */
export function focusNotes(editor: LexicalEditor | null): void {
  if (!editor) return;
  editor.getRootElement()?.focus({ preventScroll: true });
  editor.focus();
}
