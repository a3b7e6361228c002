import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor, NodeKey } from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Platform } from '../../../shared/commands/registry';
import { registerNotesKeyDown } from '../../editor/notesKeyDown';
import { spellingSessionOf } from '../../editor/spelling/spellingSession';
import { LANGUAGE_NAMES } from '../../editor/spelling/languages';
import { addWordToDictionary, useSpellingStore, type DictionaryState } from '../../editor/spelling/spellingStore';
import { withoutClitic } from '../../editor/spelling/words';
import { useMeetingStore } from '../../store/meetingStore';
import { useUiStore } from '../../store/uiStore';
import { useLayoutSlots } from '../../layout/layoutSlots';
import { displayShortcut } from '../displayShortcut';
import { AttributeChooser } from './AttributeChooser';
import { ContextMenu, type MenuEntry } from './ContextMenu';
import { attributeBlock, cutOrCopy, pasteFromClipboard, refocusEditor } from './editActions';
import { targetAtCaret, targetAtPointer, type MenuTarget } from './menuTarget';

type Open =
  | { kind: 'menu'; target: MenuTarget; suggestions: string[] | null; focusId?: string }
  | { kind: 'attribute'; x: number; y: number; blockKey: NodeKey | null };

/** While a dictionary loads (French takes a while) or when it failed, the menu says why no word is marked. */
function dictionaryNote(dictionary: DictionaryState | null): MenuEntry[] {
  if (!dictionary || dictionary.status === 'ready') return [];
  const name = LANGUAGE_NAMES[dictionary.language];
  const label = dictionary.status === 'loading' ? `Spelling: loading the ${name} dictionary…` : `Spelling: the ${name} dictionary could not be loaded`;
  return [{ kind: 'item', id: 'dictionary-note', label, disabled: true, run: () => undefined }, { kind: 'separator', id: 'after-note' }];
}

function spellingEntries(editor: LexicalEditor, target: MenuTarget, suggestions: string[] | null): MenuEntry[] {
  const word = target.misspelling;
  if (!word) return [];
  const session = spellingSessionOf(editor);
  const toAdd = withoutClitic(word.text) ?? word.text;
  const choices: MenuEntry[] = suggestions === null
    ? [{ kind: 'item', id: 'pending', label: 'Looking for suggestions…', disabled: true, run: () => undefined }]
    : suggestions.length === 0
      ? [{ kind: 'item', id: 'no-suggestions', label: 'No suggestions', disabled: true, run: () => undefined }]
      : suggestions.map((suggestion, index) => ({
        kind: 'item', id: `suggestion-${index}`, label: suggestion, emphasis: true, disabled: !target.editable,
        run: () => {
          session?.replace(word, suggestion);
          refocusEditor(editor);
        },
      }));
  return [
    ...choices,
    { kind: 'item', id: 'add-word', label: `Add “${toAdd}” to Dictionary`, run: () => {
      void addWordToDictionary(toAdd);
      refocusEditor(editor);
    } },
    { kind: 'separator', id: 'after-spelling' },
  ];
}

function editEntries(editor: LexicalEditor, target: MenuTarget, platform: Platform, onAttribute: () => void): MenuEntry[] {
  const keys = (key: string) => ({ shortcut: displayShortcut(`CmdOrCtrl+${key}`, platform), keyShortcuts: `${platform === 'darwin' ? 'Meta' : 'Control'}+${key}` });
  return [
    { kind: 'item', id: 'cut', label: 'Cut', ...keys('X'), disabled: !target.hasSelection || !target.editable, run: () => cutOrCopy(editor, 'cut') },
    { kind: 'item', id: 'copy', label: 'Copy', ...keys('C'), disabled: !target.hasSelection, run: () => cutOrCopy(editor, 'copy') },
    { kind: 'item', id: 'paste', label: 'Paste', ...keys('V'), disabled: !target.editable, run: () => void pasteFromClipboard(editor) },
    { kind: 'separator', id: 'after-edit' },
    { kind: 'item', id: 'attribute', label: 'Attribute to…', disabled: !target.editable, run: onAttribute },
  ];
}

/**
 * The notes' own context menu (right-click, the Menu key or Shift+F10):
 * spelling suggestions and "Add to Dictionary" on a misspelled word, Cut, Copy,
 * Paste, and "Attribute to…", which opens a participant chooser.
 */
export function NotesContextMenuPlugin() {
  const [editor] = useLexicalComposerContext();
  const platform = useMeetingStore((state) => state.platform);
  const dialog = useUiStore((state) => state.dialog);
  const dictionary = useSpellingStore((state) => state.dictionary);
  const [open, setOpen] = useState<Open | null>(null);
  // Not document.body: React would then listen there, above the notes, and dispatch every keystroke's events.
  const { overlays } = useLayoutSlots();

  const show = useCallback((target: MenuTarget) => {
    setOpen({ kind: 'menu', target, suggestions: target.misspelling ? null : [], ...(target.misspelling ? { focusId: 'pending' } : {}) });
  }, []);

  useEffect(() => {
    let root: HTMLElement | null = null;
    const onContextMenu = (event: MouseEvent) => {
      event.preventDefault();
      // A right-click (or Ctrl+click on macOS) has a place; the keyboard's context menu event opens at the caret.
      show(event.button === 2 || event.ctrlKey ? targetAtPointer(editor, event.clientX, event.clientY) : targetAtCaret(editor));
    };
    return mergeRegister(
      editor.registerRootListener((next, previous) => {
        previous?.removeEventListener('contextmenu', onContextMenu);
        next?.addEventListener('contextmenu', onContextMenu);
        root = next;
      }),
      registerNotesKeyDown(editor, (event) => {
        const menuKey = event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey);
        if (!menuKey) return;
        event.preventDefault();
        show(targetAtCaret(editor));
      }),
      () => root?.removeEventListener('contextmenu', onContextMenu),
    );
  }, [editor, show]);

  // Another dialog opening (from a shortcut or the native menu) takes over: one overlay at a time.
  useEffect(() => {
    if (dialog) setOpen(null);
  }, [dialog]);

  // Suggestions come from the spelling worker (tens of milliseconds, seconds for some words), so the menu is drawn first and they follow.
  const pendingWord = open?.kind === 'menu' && open.suggestions === null ? open.target.misspelling?.text : undefined;
  useEffect(() => {
    if (pendingWord === undefined) return undefined;
    let wanted = true;
    void (spellingSessionOf(editor)?.suggestionsLater(pendingWord) ?? Promise.resolve([])).then((suggestions) => {
      if (!wanted) return;
      const waiting = (document.activeElement as HTMLElement | null)?.dataset.id === 'pending';
      const focusId = suggestions.length > 0 ? 'suggestion-0' : 'add-word';
      setOpen((current) => (current?.kind === 'menu' ? { ...current, suggestions, ...(waiting ? { focusId } : {}) } : current));
    });
    return () => {
      wanted = false;
    };
  }, [editor, pendingWord]);

  const close = useCallback((refocus: boolean) => {
    setOpen(null);
    if (refocus) refocusEditor(editor);
  }, [editor]);

  if (!open) return null;
  if (open.kind === 'attribute') {
    return createPortal(
      <AttributeChooser x={open.x} y={open.y} onClose={close}
        onChoose={(participantId) => {
          setOpen(null);
          attributeBlock(editor, open.blockKey, participantId);
        }} />,
      overlays,
    );
  }
  const { target } = open;
  const onAttribute = () => setOpen({ kind: 'attribute', x: target.x, y: target.y, blockKey: target.blockKey });
  const entries = [...dictionaryNote(dictionary), ...spellingEntries(editor, target, open.suggestions), ...editEntries(editor, target, platform, onAttribute)];
  const label = target.misspelling ? `Notes: “${target.misspelling.text}” may be misspelled` : 'Notes';
  return createPortal(<ContextMenu label={label} x={target.x} y={target.y} entries={entries} onClose={close} focusId={open.focusId} />, overlays);
}
