import type { LexicalEditor } from 'lexical';
import type { Meeting } from '../../shared/meeting/schema';

// The live notes belong to Lexical; commands reach the current editor through this handle
// instead of mirroring the document into app state on every keystroke.
let current: LexicalEditor | null = null;

export function setCurrentEditor(editor: LexicalEditor | null): void {
  current = editor;
}

export function getCurrentEditor(): LexicalEditor | null {
  return current;
}

/** The notes as they are now, in the file format's shape. */
export function currentNotes(fallback: Meeting['notes']): Meeting['notes'] {
  return current ? (current.getEditorState().toJSON() as unknown as Meeting['notes']) : fallback;
}
