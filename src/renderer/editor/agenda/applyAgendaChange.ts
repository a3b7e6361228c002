import type { LexicalEditor } from 'lexical';
import type { AgendaItem } from '../../../shared/meeting/schema';
import { $getAgenda, $setAgenda } from './agendaState';
import { $arrangeSections } from './sections';

/**
 * Applies an agenda edit and the section moves it implies in one editor update,
 * so one undo takes both back.
 */
export function applyAgendaChange(editor: LexicalEditor, change: (agenda: AgendaItem[]) => AgendaItem[], tag?: string): void {
  editor.update(() => {
    const before = $getAgenda();
    const after = change(before);
    if (after === before) return;
    $setAgenda(after);
    $arrangeSections();
  }, tag ? { tag } : {});
}

export function readAgenda(editor: LexicalEditor): AgendaItem[] {
  return editor.getEditorState().read(() => $getAgenda());
}
