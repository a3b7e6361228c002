import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createTextNode, $getNodeByKey, $getSelection, $isRangeSelection, $setSelection, HISTORY_PUSH_TAG,
  type LexicalEditor, type RangeSelection,
} from 'lexical';
import { useState, type FormEvent } from 'react';
import { getCurrentEditor } from '../../editor/editorHandle';
import { checkTypedLink, singleUrlIn } from '../../editor/paste/linkUrls';
import { useUiStore } from '../../store/uiStore';
import { focusNotes } from './focusNotes';

/** Where the link goes, read when the dialog opens: the focus moves to the dialog, the notes' selection stays. */
interface LinkTarget {
  selection: RangeSelection | null;
  selectedText: string;
  existingUrl: string | null;
}

function readLinkTarget(editor: LexicalEditor | null): LinkTarget {
  if (!editor) return { selection: null, selectedText: '', existingUrl: null };
  return editor.read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return { selection: null, selectedText: '', existingUrl: null };
    const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
    return { selection: selection.clone(), selectedText: selection.getTextContent(), existingUrl: link?.getURL() ?? null };
  });
}

function $restoreSelection(saved: RangeSelection | null): RangeSelection | null {
  if (!saved || !$getNodeByKey(saved.anchor.key) || !$getNodeByKey(saved.focus.key)) return null;
  const selection = saved.clone();
  $setSelection(selection);
  return selection;
}

/** Typing after adding a link goes on after it instead of replacing the linked words. */
function $collapseToEnd(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const end = selection.isBackward() ? selection.anchor : selection.focus;
  selection.anchor.set(end.key, end.offset, end.type);
  selection.focus.set(end.key, end.offset, end.type);
}

/** Links the selected words, changes the link at the caret, or inserts a new link where the caret is. */
function applyLink(editor: LexicalEditor, target: LinkTarget, url: string | null, text: string): void {
  editor.update(() => {
    const selection = $restoreSelection(target.selection);
    if (!selection) return;
    if (url !== null && selection.isCollapsed() && target.existingUrl === null) {
      const link = $createLinkNode(url, { rel: 'noreferrer' }).append($createTextNode(text.trim() || url));
      selection.insertNodes([link]);
      link.selectEnd();
    } else {
      $toggleLink(url);
      $collapseToEnd();
    }
  }, { tag: HISTORY_PUSH_TAG, discrete: true });
}

/** Insert > Link (Ctrl/Cmd+K). Only addresses the app would open are accepted. */
export function LinkDialog() {
  const closeDialog = useUiStore((state) => state.closeDialog);
  const [editor] = useState(getCurrentEditor);
  const [target] = useState(() => readLinkTarget(editor));
  const [address, setAddress] = useState(() => target.existingUrl ?? singleUrlIn(target.selectedText) ?? '');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const asksForText = target.selection?.isCollapsed() === true && target.existingUrl === null;

  const cancel = () => {
    closeDialog();
    focusNotes(editor);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkTypedLink(address);
    if (!checked.ok || !target.selection) {
      setProblem(checked.ok ? 'Click in the notes where the link should go, then add it.' : checked.reason);
      return;
    }
    if (editor) applyLink(editor, target, checked.url, text);
    closeDialog();
    focusNotes(editor);
  };
  const remove = () => {
    if (editor) applyLink(editor, target, null, '');
    closeDialog();
    focusNotes(editor);
  };

  return (
    <div className="modal-backdrop">
      <form className="modal link-dialog" role="dialog" aria-modal="true" aria-labelledby="link-dialog-title" onSubmit={submit}
        onKeyDown={(event) => { if (event.key === 'Escape') cancel(); }}>
        <h2 id="link-dialog-title">{target.existingUrl ? 'Edit link' : 'Add link'}</h2>
        <label htmlFor="link-dialog-address">Web or e-mail address</label>
        <input id="link-dialog-address" className="link-dialog__input" autoFocus value={address} placeholder="https://…"
          aria-invalid={problem !== null} aria-describedby={problem ? 'link-dialog-problem' : undefined}
          onChange={(event) => { setAddress(event.target.value); setProblem(null); }} />
        {asksForText ? (
          <>
            <label htmlFor="link-dialog-text">Text to show (the address if left empty)</label>
            <input id="link-dialog-text" className="link-dialog__input" value={text} onChange={(event) => setText(event.target.value)} />
          </>
        ) : null}
        {problem ? <p id="link-dialog-problem" className="link-dialog__problem" role="alert">{problem}</p> : null}
        <div className="modal__actions">
          {target.existingUrl ? <button type="button" className="toolbar-button" onClick={remove}>Remove link</button> : null}
          <button type="submit" className="toolbar-button toolbar-button--primary">{target.existingUrl ? 'Update link' : 'Add link'}</button>
          <button type="button" className="toolbar-button" onClick={cancel}>Cancel</button>
        </div>
      </form>
    </div>
  );
}
