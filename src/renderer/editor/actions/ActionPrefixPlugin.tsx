import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { $applyScribeCommand, $scribeCommandAtCaret } from './scribeCommands';

/**
 * The prefixes scribes type at the start of a paragraph, applied when Enter
 * ends it: `ACTION:`/`#action`, `DECISION:`/`RESOLUTION:`/`#agreed` mark the
 * paragraph and Enter goes on to the next line; `#link` files a link with the
 * meeting's links and leaves the line empty for the next one.
 */
export function ActionPrefixPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(KEY_ENTER_COMMAND, (event) => {
    const found = $scribeCommandAtCaret();
    if (!found || !$applyScribeCommand(found.block, found.command)) return false;
    if (found.command.kind === 'link') {
      event?.preventDefault();
      return true;
    }
    // Marked in this same update: the new line Enter makes follows it, and one undo takes both back.
    found.block.selectEnd();
    return false;
  }, COMMAND_PRIORITY_HIGH), [editor]);
  return null;
}
