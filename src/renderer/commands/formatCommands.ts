import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, type ListType } from '@lexical/list';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode, $createRangeSelectionFromDom, $getSelection, $isRangeSelection, $isTextNode, $setSelection, FORMAT_TEXT_COMMAND,
  type LexicalCommand, type LexicalEditor,
} from 'lexical';
import { getCurrentEditor } from '../editor/editorHandle';
import { useUiStore } from '../store/uiStore';
import type { CommandHandler } from './commandHandlers';

/**
 * Makes the editor act on the selection the user sees. A shortcut pressed
 * right after Shift+arrows can arrive before Lexical has read the browser's
 * selectionchange, and focusing the editor would then put the old selection
 * back on screen. A selection Lexical already has is kept as it is, with any
 * format toggled at a collapsed caret (Ctrl+B, then type).
 */
function adoptVisibleSelection(editor: LexicalEditor): void {
  const root = editor.getRootElement();
  const visible = window.getSelection();
  if (!root || !visible?.anchorNode || !root.contains(visible.anchorNode)) return;
  editor.update(() => {
    const seen = $createRangeSelectionFromDom(visible, editor);
    const current = $getSelection();
    if (!seen || ($isRangeSelection(current) && current.anchor.is(seen.anchor) && current.focus.is(seen.focus))) return;
    const anchor = seen.anchor.getNode();
    if (seen.isCollapsed() && $isTextNode(anchor)) {
      // Typing goes on in the format of the text at the caret, as when the browser moves the caret.
      seen.format = anchor.getFormat();
      seen.style = anchor.getStyle();
    }
    $setSelection(seen);
  }, { discrete: true });
}

function editableEditor(): LexicalEditor | null {
  const editor = getCurrentEditor();
  if (!editor || !editor.isEditable()) return null;
  adoptVisibleSelection(editor);
  return editor;
}

function dispatchToEditor<P>(command: LexicalCommand<P>, payload: P): void {
  const editor = editableEditor();
  if (!editor) return;
  editor.focus();
  editor.dispatchCommand(command, payload);
}

/** The type of the innermost list at the caret, if any. */
function listTypeAtCaret(): ListType | null {
  const editor = getCurrentEditor();
  if (!editor) return null;
  return editor.read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return null;
    return $findMatchingParent(selection.anchor.getNode(), $isListNode)?.getListType() ?? null;
  });
}

/**
 * The list command turns paragraphs into that list or changes the list's
 * type. Pressed in a list of its own type it turns only the selected items
 * back into paragraphs, as in Word, splitting the list around them (Lexical's
 * REMOVE_LIST would unmake the whole list).
 */
function toggleList(listType: 'bullet' | 'number'): void {
  if (listTypeAtCaret() !== listType) {
    dispatchToEditor(listType === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    return;
  }
  const editor = editableEditor();
  if (!editor) return;
  editor.focus();
  editor.update(() => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $setBlocksType(selection, () => $createParagraphNode());
  });
}

export const formatCommandHandlers = {
  'format.bold': () => dispatchToEditor(FORMAT_TEXT_COMMAND, 'bold'),
  'format.italic': () => dispatchToEditor(FORMAT_TEXT_COMMAND, 'italic'),
  'format.underline': () => dispatchToEditor(FORMAT_TEXT_COMMAND, 'underline'),
  'insert.bulletList': () => toggleList('bullet'),
  'insert.numberedList': () => toggleList('number'),
  // A link needs somewhere to go: not in read-only notes.
  'insert.link': () => {
    if (editableEditor()) useUiStore.getState().openDialog({ kind: 'link' });
  },
  'edit.find': () => {
    const editor = getCurrentEditor();
    if (editor) adoptVisibleSelection(editor);
    useUiStore.getState().openDialog({ kind: 'find' });
  },
} satisfies Record<string, CommandHandler>;
