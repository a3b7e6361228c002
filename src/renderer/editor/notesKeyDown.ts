import type { LexicalEditor } from 'lexical';

type KeyDownEditor = Pick<LexicalEditor, 'isComposing' | 'isEditable' | 'registerRootListener'>;
type KeyDownHandler = (event: KeyboardEvent) => void;

interface Registration {
  handlers: Set<KeyDownHandler>;
  stop: () => void;
}

const registrations = new WeakMap<KeyDownEditor, Registration>();

function listen(editor: KeyDownEditor, handlers: ReadonlySet<KeyDownHandler>): () => void {
  const listener = (event: Event) => {
    if (!editor.isEditable() || editor.isComposing()) return;
    for (const handler of handlers) handler(event as KeyboardEvent);
  };
  // Capturing, so it runs before Lexical's listener on the same element, as a higher priority did.
  return editor.registerRootListener((next, previous) => {
    previous?.removeEventListener('keydown', listener, { capture: true });
    next?.addEventListener('keydown', listener, { capture: true });
  });
}

/**
 * Listens to keys pressed in the notes the way a KEY_DOWN_COMMAND listener at a priority above the
 * editor's would (before Lexical's own handling, not while composing nor while read-only), but outside
 * any editor update. Lexical opens an update for each priority that has KEY_DOWN_COMMAND listeners on
 * every key (a copy of the editor state and of its selection, thrown away when nothing changed), which
 * the plugins' rare keys (Ctrl+End, the context menu key, a space after a mention) did not need on all
 * the others. A handler reads or updates the editor itself when the key concerns it. All of an editor's
 * handlers share one DOM listener, called once per key, in the order they were registered.
 *
 * Unlike a command listener, handling a key does not keep it from Lexical: a handler that takes a key
 * prevents its default, and Lexical's own keydown work does nothing for the keys handled here.
 */
export function registerNotesKeyDown(editor: KeyDownEditor, onKeyDown: KeyDownHandler): () => void {
  const registration = registrations.get(editor) ?? newRegistration(editor);
  // A handler of its own, so the same function registered twice is also removed twice.
  const handler: KeyDownHandler = (event) => onKeyDown(event);
  registration.handlers.add(handler);
  return () => {
    registration.handlers.delete(handler);
    if (registration.handlers.size === 0 && registrations.get(editor) === registration) {
      registration.stop();
      registrations.delete(editor);
    }
  };
}

function newRegistration(editor: KeyDownEditor): Registration {
  const handlers = new Set<KeyDownHandler>();
  const registration = { handlers, stop: listen(editor, handlers) };
  registrations.set(editor, registration);
  return registration;
}
