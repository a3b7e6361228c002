import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { getBridge } from '../../bridge';
import { useMeetingStore } from '../../store/meetingStore';

/** The address of the link under a click, read from the notes (the DOM's href is only Lexical's rendering of it). */
function linkUrlAt(editor: LexicalEditor, target: EventTarget | null): { anchor: HTMLAnchorElement; url: string | null } | null {
  const element = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  const anchor = element?.closest('a');
  if (!anchor || !editor.getRootElement()?.contains(anchor)) return null;
  const url = editor.read(() => {
    const node = $getNearestNodeFromDOMNode(anchor);
    return $isLinkNode(node) ? node.getURL() : null;
  });
  return { anchor, url };
}

/** Main checks the address again and opens it in the system browser; a refusal is shown with main's reason, a sentence of its own. */
export async function openNotesLink(url: string): Promise<void> {
  const store = useMeetingStore.getState();
  try {
    const result = await getBridge().openExternalLink({ url });
    if (!result.opened) store.showError(result.reason);
  } catch (error) {
    store.showError(`The link could not be opened: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Links in the notes open in the system browser: with Ctrl (Cmd on macOS) +
 * click while editing, since a plain click must place the caret, and with a
 * plain click when the notes are read-only. The page itself never follows a
 * link.
 */
export function LinkClickPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerRootListener((root) => {
    if (!root) return undefined;
    const onClick = (event: MouseEvent) => {
      const link = linkUrlAt(editor, event.target);
      if (!link) return;
      event.preventDefault();
      const wantsToOpen = event.button === 0 && (event.ctrlKey || event.metaKey || !editor.isEditable());
      if (wantsToOpen && link.url !== null) void openNotesLink(link.url);
    };
    // A middle click would ask for a new window, which the app never opens.
    const onAuxClick = (event: MouseEvent) => {
      if (linkUrlAt(editor, event.target)) event.preventDefault();
    };
    root.addEventListener('click', onClick);
    root.addEventListener('auxclick', onAuxClick);
    return () => {
      root.removeEventListener('click', onClick);
      root.removeEventListener('auxclick', onAuxClick);
    };
  }), [editor]);
  return null;
}
