import type { LexicalEditor } from 'lexical';
import type { Meeting } from '../../shared/meeting/schema';
import { splitEditorJson } from './editorContent';

// The live notes belong to Lexical; commands reach the current editor through this handle
// instead of mirroring the document into app state on every keystroke.
let current: LexicalEditor | null = null;

export function setCurrentEditor(editor: LexicalEditor | null): void {
  current = editor;
}

export function getCurrentEditor(): LexicalEditor | null {
  return current;
}

/** The notes and agenda as they are now, in the file format's shape. */
export function currentEditorContent(fallback: Pick<Meeting, 'notes' | 'agenda'>): Pick<Meeting, 'notes' | 'agenda'> {
  if (!current) return fallback;
  return splitEditorJson(current.getEditorState().toJSON() as unknown as { root: Record<string, unknown> });
}
