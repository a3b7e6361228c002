import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect } from 'react';

interface NotesContentEditableProps {
  /** Where the editable element goes: an element no React root or portal renders into (see index.html). */
  host: HTMLElement;
  label: string;
}

/**
 * The notes' editable element, made here rather than by React. React delegates every event to the
 * containers it renders into; the notes are in none of them, so a keystroke's native events (keydown,
 * beforeinput, input, keyup, selectionchange) reach Lexical and the app's own listeners without React's
 * dispatch walking the component tree for each one. A fresh element per editor, as @lexical/react's
 * ContentEditable gives: a new meeting's editor never reconciles into the previous one's DOM.
 * The attributes follow ContentEditable's, which the rest of the app and the browser tests rely on.
 */
export function NotesContentEditable({ host, label }: NotesContentEditableProps) {
  const [editor] = useLexicalComposerContext();
  // A layout effect, as ContentEditable's ref is: the root element is set before the plugins' effects run.
  useLayoutEffect(() => {
    const element = host.ownerDocument.createElement('div');
    element.className = 'notes-editor__content';
    element.setAttribute('role', 'textbox');
    element.setAttribute('aria-label', label);
    element.spellcheck = false;
    const showEditable = (editable: boolean) => {
      element.contentEditable = editable ? 'true' : 'false';
      toggleAttribute(element, 'aria-autocomplete', editable ? null : 'none');
      toggleAttribute(element, 'aria-readonly', editable ? null : 'true');
      toggleAttribute(element, 'tabindex', editable ? null : '-1');
    };
    showEditable(editor.isEditable());
    const stopWatching = editor.registerEditableListener(showEditable);
    host.prepend(element);
    editor.setRootElement(element);
    return () => {
      stopWatching();
      editor.setRootElement(null);
      element.remove();
    };
  }, [editor, host, label]);
  return null;
}

function toggleAttribute(element: HTMLElement, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}
