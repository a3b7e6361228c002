import { useState, type FormEvent } from 'react';
import { getCurrentEditor } from '../../editor/editorHandle';
import { $actionMarkerByKey, $itemText, $markAction, goToMarker, removeMarker } from '../../editor/actions/markActions';
import { useMeetingStore } from '../../store/meetingStore';
import { addParticipant } from '../../store/participantActions';
import { useUiStore } from '../../store/uiStore';
import type { ActionDialogTarget } from './actionDialogTarget';
import { OwnerPicker } from './OwnerPicker';

interface DialogState {
  ownerIds: string[];
  newNames: string[];
  due: string;
  done: boolean;
  text: string;
}

/** What the dialog starts with: the typed owners and date of a new action, or the marker's own fields. */
function initialState(target: ActionDialogTarget): DialogState | null {
  if (target.mode === 'new') return { ownerIds: target.ownerIds, newNames: target.newNames, due: target.due ?? '', done: false, text: target.text };
  const editor = getCurrentEditor();
  return editor?.read(() => {
    const marker = $actionMarkerByKey(target.nodeKey);
    if (!marker) return null;
    const fields = marker.fields();
    return { ownerIds: fields.ownerIds, newNames: [], due: fields.due ?? '', done: fields.done, text: $itemText(marker) };
  }) ?? null;
}

/** Owners, due date and (for an action already marked) done: the action item of a paragraph. */
export function ActionDialog({ target }: { target: ActionDialogTarget }) {
  const close = useUiStore((state) => state.closeDialog);
  const participants = useMeetingStore((state) => state.meeting.participants);
  const [state, setState] = useState(() => initialState(target));
  if (!state) {
    queueMicrotask(close);
    return null;
  }
  const chosen = new Set(state.ownerIds);
  const update = (patch: Partial<DialogState>) => setState({ ...state, ...patch });
  const toggle = (id: string) => update({ ownerIds: chosen.has(id) ? state.ownerIds.filter((owner) => owner !== id) : [...state.ownerIds, id] });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const editor = getCurrentEditor();
    if (!editor) return;
    // Owners need not have attended: someone added here joins the roster as absent.
    const added = state.newNames.map((fullName) => addParticipant({ fullName, attendance: 'absent' }).id);
    // Owners in the roster's order, as the report groups them, whatever order they were ticked in.
    const order = participants.map((person) => person.id);
    const ownerIds = [...state.ownerIds].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const fields = { ownerIds: [...ownerIds, ...added], due: state.due === '' ? undefined : state.due, done: state.done };
    let key: string | null = target.mode === 'edit' ? target.nodeKey : null;
    editor.update(() => {
      if (target.mode === 'edit') $actionMarkerByKey(target.nodeKey)?.setFields(fields);
      else key = $markAction(target.mark, fields)?.getKey() ?? null;
    });
    close();
    if (key) goToMarker(editor, key);
  };
  const unmark = () => {
    const editor = getCurrentEditor();
    if (editor && target.mode === 'edit') removeMarker(editor, target.nodeKey);
    close();
  };

  return (
    <div className="modal-backdrop">
      <form className="modal action-dialog" role="dialog" aria-modal="true" aria-labelledby="action-dialog-title" onSubmit={apply}
        onKeyDown={(event) => { if (event.key === 'Escape') close(); }}>
        <h2 id="action-dialog-title">{target.mode === 'new' ? 'Mark as action' : 'Action item'}</h2>
        <p className="action-dialog__text">{state.text || 'The words after the mark, in this paragraph, are the action.'}</p>
        <OwnerPicker participants={participants} chosen={chosen} newNames={state.newNames} onToggle={toggle}
          onAddName={(name) => update({ newNames: [...state.newNames, name] })}
          onRemoveName={(name) => update({ newNames: state.newNames.filter((other) => other !== name) })} />
        <label className="action-dialog__field">Due date
          <input type="date" value={state.due} onChange={(event) => update({ due: event.target.value })} />
        </label>
        {target.mode === 'edit' ? (
          <label className="action-dialog__check"><input type="checkbox" checked={state.done} onChange={(event) => update({ done: event.target.checked })} /> Done</label>
        ) : null}
        <div className="modal__actions">
          {target.mode === 'edit' ? <button type="button" className="toolbar-button" onClick={unmark}>Remove the action mark</button> : null}
          <button type="button" className="toolbar-button" onClick={close}>Cancel</button>
          <button type="submit" className="toolbar-button toolbar-button--primary">{target.mode === 'new' ? 'Mark as action' : 'Save action'}</button>
        </div>
      </form>
    </div>
  );
}
