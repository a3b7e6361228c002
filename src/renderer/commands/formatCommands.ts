import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { FORMAT_TEXT_COMMAND, type LexicalCommand } from 'lexical';
import { getCurrentEditor } from '../editor/editorHandle';
import { useUiStore } from '../store/uiStore';
import type { CommandHandler } from './commandHandlers';

function dispatchToEditor<P>(command: LexicalCommand<P>, payload: P): void {
  const editor = getCurrentEditor();
  if (!editor || !editor.isEditable()) return;
  editor.focus();
  editor.dispatchCommand(command, payload);
}

export const formatCommandHandlers = {
  'format.bold': () => dispatchToEditor(FORMAT_TEXT_COMMAND, 'bold'),
  'format.italic': () => dispatchToEditor(FORMAT_TEXT_COMMAND, 'italic'),
  'format.underline': () => dispatchToEditor(FORMAT_TEXT_COMMAND, 'underline'),
  'insert.bulletList': () => dispatchToEditor(INSERT_UNORDERED_LIST_COMMAND, undefined),
  'insert.numberedList': () => dispatchToEditor(INSERT_ORDERED_LIST_COMMAND, undefined),
  'insert.link': () => useUiStore.getState().openDialog({ kind: 'link' }),
  'edit.find': () => useUiStore.getState().openDialog({ kind: 'find' }),
} satisfies Record<string, CommandHandler>;
