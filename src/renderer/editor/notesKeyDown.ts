import type { LexicalEditor } from 'lexical';

type KeyDownEditor = Pick<LexicalEditor, 'isComposing' | 'isEditable' | 'registerRootListener'>;

/**
 * Listens to keys pressed in the notes the way a KEY_DOWN_COMMAND listener at a priority above the
 * editor's would (before Lexical's own handling, not while composing nor while read-only), but outside
 * any editor update. Lexical opens an update for each priority that has KEY_DOWN_COMMAND listeners on
 * every key (a copy of the editor state and of its selection, thrown away when nothing changed), which
 * the plugins' rare keys (Ctrl+End, the context menu key, a space after a mention) did not need on all
 * the others. A handler reads or updates the editor itself when the key concerns it.
 *
 * Unlike a command listener, handling a key does not keep it from Lexical: a handler that takes a key
 * prevents its default, and Lexical's own keydown work does nothing for the keys handled here.
 */
export function registerNotesKeyDown(editor: KeyDownEditor, onKeyDown: (event: KeyboardEvent) => void): () => void {
  const listener = (event: Event) => {
    if (!editor.isEditable() || editor.isComposing()) return;
    onKeyDown(event as KeyboardEvent);
  };
  // Capturing, so it runs before Lexical's listener on the same element, as a higher priority did.
  return editor.registerRootListener((next, previous) => {
    previous?.removeEventListener('keydown', listener, { capture: true });
    next?.addEventListener('keydown', listener, { capture: true });
  });
}
