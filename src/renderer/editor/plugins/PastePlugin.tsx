import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister, objectKlassEquals } from '@lexical/utils';
import {
  $addUpdateTag, $getSelection, $isSelectionCapturedInDecoratorInput, COMMAND_PRIORITY_HIGH, CONTROLLED_TEXT_INSERTION_COMMAND,
  isDOMNode, PASTE_COMMAND, PASTE_TAG,
} from 'lexical';
import { useEffect } from 'react';
import { registerContentGuards } from '../paste/contentGuards';
import { $insertCleanClipboard, $linkSelectionToPastedUrl } from '../paste/insertClipboard';

/**
 * Paste and drop from Word, Outlook, Google Docs or any web page keep
 * paragraphs, lists, links and emphasis and nothing else. Both paths are
 * taken over ahead of Lexical's own import, which would accept whatever
 * HTML its registered nodes can read.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => mergeRegister(
    editor.registerCommand(PASTE_COMMAND, (event) => {
      // Pastes reported as input or keyboard events carry no data to read; Lexical ignores them too.
      if (!objectKlassEquals(event, ClipboardEvent)) return false;
      // A field inside a decorator (a form in a node) takes its own paste, as with Lexical's handler.
      if (isDOMNode(event.target) && $isSelectionCapturedInDecoratorInput(event.target)) return false;
      const data = (event as ClipboardEvent).clipboardData;
      const selection = $getSelection();
      if (!data || !selection) return false;
      event.preventDefault();
      // Its own undo step: undoing a paste never also undoes the typing before it.
      $addUpdateTag(PASTE_TAG);
      if (!$linkSelectionToPastedUrl(data, selection)) $insertCleanClipboard(data, selection);
      return true;
    }, COMMAND_PRIORITY_HIGH),
    // A drop from another program arrives as a controlled insertion carrying a DataTransfer.
    editor.registerCommand(CONTROLLED_TEXT_INSERTION_COMMAND, (payload) => {
      if (typeof payload === 'string' || !payload.dataTransfer) return false;
      const selection = $getSelection();
      if (!selection) return false;
      $insertCleanClipboard(payload.dataTransfer, selection);
      return true;
    }, COMMAND_PRIORITY_HIGH),
    registerContentGuards(editor),
  ), [editor]);
  return null;
}
