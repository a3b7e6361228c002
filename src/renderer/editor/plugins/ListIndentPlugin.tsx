import { $isListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection, $isRangeSelection, COMMAND_PRIORITY_NORMAL, INDENT_CONTENT_COMMAND, KEY_TAB_COMMAND, OUTDENT_CONTENT_COMMAND,
} from 'lexical';
import { useEffect } from 'react';

/**
 * Tab and Shift+Tab in a list item nest it under the item above or bring it
 * back out, as in Word. Outside lists Tab keeps its usual meaning (moving the
 * focus), so the keyboard never gets trapped in the notes.
 */
export function ListIndentPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(KEY_TAB_COMMAND, (event) => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return false;
    const inListItem = $findMatchingParent(selection.anchor.getNode(), $isListItemNode) !== null;
    if (!inListItem) return false;
    event.preventDefault();
    return editor.dispatchCommand(event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND, undefined);
  }, COMMAND_PRIORITY_NORMAL), [editor]);
  return null;
}
