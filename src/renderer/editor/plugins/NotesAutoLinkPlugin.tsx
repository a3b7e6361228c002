import { AutoLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerGuardedAutoLink } from '../links/autoLinkGuard';
import { mayHoldLink, notesLinkMatchers } from '../paste/autoLinkMatchers';

/**
 * Typed or pasted web and e-mail addresses become links as soon as they are
 * complete. Lexical re-checks only the text node being edited, so this costs
 * the same in a long meeting as in a short one; and it skips, with a cheap
 * check, the keystrokes that cannot make, change or break a link.
 */
export function NotesAutoLinkPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!editor.hasNodes([AutoLinkNode])) throw new Error('NotesAutoLinkPlugin: AutoLinkNode not registered on editor');
    return registerGuardedAutoLink(editor, notesLinkMatchers, mayHoldLink);
  }, [editor]);
  return null;
}
