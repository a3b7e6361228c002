import { ListItemNode, ListNode, registerList } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/**
 * Bulleted and numbered lists: Lexical's list commands and transforms, registered once. Lexical's own
 * ListPlugin (0.52) registers them twice (in its effect and again through its useList hook), so each
 * keystroke ran the list's text node transform twice, to the same effect.
 */
export function NotesListPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!editor.hasNodes([ListNode, ListItemNode])) throw new Error('NotesListPlugin: ListNode and/or ListItemNode not registered on editor');
    return registerList(editor);
  }, [editor]);
  return null;
}
