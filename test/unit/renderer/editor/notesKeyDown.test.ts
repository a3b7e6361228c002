import type { LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { registerNotesKeyDown } from '../../../../src/renderer/editor/notesKeyDown';

type RootListener = Parameters<LexicalEditor['registerRootListener']>[0];

/** The parts of an editor the registration uses, with a root element that can be swapped. */
function fakeEditor() {
  const state = { editable: true, composing: false, root: new EventTarget() as HTMLElement | null, listeners: new Set<RootListener>() };
  const editor = {
    isEditable: () => state.editable,
    isComposing: () => state.composing,
    registerRootListener: (listener: RootListener) => {
      listener(state.root, null);
      state.listeners.add(listener);
      return () => {
        listener(null, state.root);
        state.listeners.delete(listener);
      };
    },
  };
  const setRoot = (next: HTMLElement | null) => {
    const previous = state.root;
    state.root = next;
    for (const listener of state.listeners) listener(next, previous);
  };
  return { editor, state, setRoot };
}

const press = (target: EventTarget | null, key: string) => target?.dispatchEvent(Object.assign(new Event('keydown'), { key }));

describe('registerNotesKeyDown', () => {
  it('hears keys on the editor root, not while composing or read only, and stops when unregistered', () => {
    const { editor, state } = fakeEditor();
    const heard: string[] = [];
    const stop = registerNotesKeyDown(editor, (event) => heard.push(event.key));
    press(state.root, 'a');
    state.composing = true;
    press(state.root, 'b');
    state.composing = false;
    state.editable = false;
    press(state.root, 'c');
    state.editable = true;
    press(state.root, 'd');
    stop();
    press(state.root, 'e');
    expect(heard).toEqual(['a', 'd']);
  });

  it('follows the root element when the editor gets another one', () => {
    const { editor, state, setRoot } = fakeEditor();
    const first = state.root;
    const heard: string[] = [];
    registerNotesKeyDown(editor, (event) => heard.push(event.key));
    const second = new EventTarget() as HTMLElement;
    setRoot(second);
    press(first, 'old');
    press(second, 'new');
    expect(heard).toEqual(['new']);
  });
});

describe('registerNotesKeyDown, several handlers', () => {
  it('calls them in order through one listener, which goes with the last of them', () => {
    const { editor, state } = fakeEditor();
    const root = state.root!;
    let listeners = 0;
    const add = root.addEventListener.bind(root);
    const remove = root.removeEventListener.bind(root);
    Object.assign(root, {
      addEventListener: (type: string, listener: EventListener, options?: AddEventListenerOptions) => { listeners += 1; add(type, listener, options); },
      removeEventListener: (type: string, listener: EventListener, options?: EventListenerOptions) => { listeners -= 1; remove(type, listener, options); },
    });
    const heard: string[] = [];
    const stopFirst = registerNotesKeyDown(editor, (event) => heard.push(`first ${event.key}`));
    const stopSecond = registerNotesKeyDown(editor, (event) => heard.push(`second ${event.key}`));
    expect(listeners).toBe(1);
    press(root, 'a');
    stopFirst();
    press(root, 'b');
    stopSecond();
    expect(listeners).toBe(0);
    press(root, 'c');
    expect(heard).toEqual(['first a', 'second a', 'second b']);
  });
});
