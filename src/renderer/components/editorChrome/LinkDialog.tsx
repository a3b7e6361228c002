import { useState, type FormEvent } from 'react';
import { getCurrentEditor } from '../../editor/editorHandle';
import { applyLink, readLinkTarget } from '../../editor/links/applyLink';
import { checkTypedLink, singleUrlIn } from '../../editor/paste/linkUrls';
import { useUiStore } from '../../store/uiStore';
import { focusNotes } from './focusNotes';

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
