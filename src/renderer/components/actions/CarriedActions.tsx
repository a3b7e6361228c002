import { useMemo } from 'react';
import type { ActionHistoryEntry, CarriedAction } from '../../../shared/meeting/schema';
import { reviewParagraphs } from '../../../shared/series/reviewNotes';
import { getCurrentEditor } from '../../editor/editorHandle';
import { useActionIndexStore } from '../../editor/actions/actionIndexStore';
import { putBackCarriedAction } from '../../editor/actions/putBack';
import { useMeetingStore } from '../../store/meetingStore';

function historyText(entry: ActionHistoryEntry): string {
  const meeting = entry.meetingNumber !== undefined ? `meeting ${entry.meetingNumber}` : 'a meeting';
  const date = entry.date ? ` (${entry.date})` : '';
  return `${entry.event === 'raised' ? 'raised at' : 'still open after'} ${meeting}${date}`;
}

function CarriedRow({ action, inNotes, readOnly }: { action: CarriedAction; inNotes: boolean; readOnly: boolean }) {
  return (
    <li className={`carried-row${inNotes ? '' : ' carried-row--dropped'}`}>
      <span className="carried-row__text">{action.text}</span>
      <span className="carried-row__history">{action.history.map(historyText).join(' · ')}</span>
      {inNotes ? null : (
        <button type="button" className="link-button" disabled={readOnly}
          onClick={() => { const editor = getCurrentEditor(); if (editor) putBackCarriedAction(editor, reviewParagraphs([{ carried: action, content: [] }])[0]!); }}>
          Put back in the notes
        </button>
      )}
    </li>
  );
}

/**
 * The actions carried over from earlier meetings, with their history. One whose
 * paragraph was deleted from the notes will not go on to the next meeting: it
 * is listed as dropped, with a way to put it back.
 */
export function CarriedActions() {
  const carried = useMeetingStore((state) => state.meeting.carriedActions);
  const readOnly = useMeetingStore((state) => state.readOnly);
  const actions = useActionIndexStore((state) => state.actions);
  const inNotes = useMemo(() => new Set(actions.map((action) => action.actionId)), [actions]);
  if (carried.length === 0) return null;
  const dropped = carried.filter((action) => !inNotes.has(action.id)).length;
  return (
    <details className="carried-actions" open={dropped > 0}>
      <summary>Carried over from earlier meetings ({carried.length}{dropped > 0 ? `, ${dropped} dropped` : ''})</summary>
      <ul className="carried-list">
        {carried.map((action) => <CarriedRow key={action.id} action={action} inNotes={inNotes.has(action.id)} readOnly={readOnly} />)}
      </ul>
    </details>
  );
}
