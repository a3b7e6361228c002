import { useMemo, useState } from 'react';
import { parseParticipantList } from '../../../shared/parsers/participantList';
import { useMeetingStore } from '../../store/meetingStore';
import { addPastedPeople } from '../../store/participantActions';
import { planMerge } from '../../store/participantListOps';
import { useUiStore } from '../../store/uiStore';

function summaryOf(newCount: number, knownCount: number): string {
  const parts = [`${newCount} new`];
  if (knownCount > 0) parts.push(`${knownCount} already listed`);
  return `${newCount + knownCount} ${newCount + knownCount === 1 ? 'person' : 'people'}: ${parts.join(', ')}`;
}

/**
 * Paste the list of participants from an earlier report or an e-mail: one person
 * a line, "Name, Affiliation", numbered or not. People already on the list are
 * kept (their affiliation updated when the line gives one); the rest are added.
 */
export function PasteParticipantsDialog() {
  const participants = useMeetingStore((state) => state.meeting.participants);
  const close = useUiStore((state) => state.closeDialog);
  const [text, setText] = useState('');
  const parsed = useMemo(() => parseParticipantList(text), [text]);
  const plan = useMemo(() => planMerge(participants, parsed.people), [participants, parsed.people]);
  const newCount = plan.filter((row) => !row.existing).length;

  const apply = () => {
    addPastedPeople(parsed.people);
    close();
  };

  return (
    <div className="modal-backdrop">
      <div className="modal modal--wide" role="dialog" aria-modal="true" aria-labelledby="paste-participants-title"
        onKeyDown={(event) => { if (event.key === 'Escape') close(); }}>
        <h2 id="paste-participants-title">Paste participant list</h2>
        <label htmlFor="paste-participants-text">One person a line: Name, Affiliation (numbers and bullets are fine)</label>
        <textarea id="paste-participants-text" className="paste-area" autoFocus rows={8} value={text} onChange={(event) => setText(event.target.value)} />
        {plan.length > 0 ? (
          <>
            <p className="paste-summary" role="status">{summaryOf(newCount, plan.length - newCount)}</p>
            <ol className="paste-preview" aria-label="Participants to add">
              {plan.map((row) => (
                <li key={row.person.fullName}>
                  {row.person.fullName}
                  {row.person.affiliation ? <span className="paste-preview__detail">, {row.person.affiliation}</span> : null}
                  {row.existing ? <span className="participant-tag">already listed</span> : null}
                </li>
              ))}
            </ol>
          </>
        ) : null}
        {parsed.warnings.length > 0 ? (
          <ul className="paste-warnings" aria-label="Lines not read">
            {parsed.warnings.map((warning) => <li key={warning}>{warning}</li>)}
          </ul>
        ) : null}
        <div className="modal__actions">
          <button type="button" className="toolbar-button toolbar-button--primary" disabled={plan.length === 0} onClick={apply}>
            {newCount > 0 ? `Add ${newCount} participant${newCount === 1 ? '' : 's'}` : 'Update participants'}
          </button>
          <button type="button" className="toolbar-button" onClick={close}>Cancel</button>
        </div>
      </div>
    </div>
  );
}
