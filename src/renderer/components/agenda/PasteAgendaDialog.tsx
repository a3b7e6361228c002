import { useMemo, useState } from 'react';
import { matchPresenters, withAcceptedPresenters } from '../../../shared/parsers/agendaImport';
import { parseAgendaText } from '../../../shared/parsers/agendaText';
import { subItemLetter } from '../../../shared/meeting/agendaNumbering';
import { participantSchema } from '../../../shared/meeting/schema';
import { getCurrentEditor } from '../../editor/editorHandle';
import { applyAgendaChange } from '../../editor/agenda/applyAgendaChange';
import { useMeetingStore } from '../../store/meetingStore';
import { useUiStore } from '../../store/uiStore';
import { Icon } from '../Icon';

type Mode = 'replace' | 'append';

/**
 * Paste the agenda from the invitation e-mail and get its structure: items,
 * lettered sub-items, presenters (matched to participants, or offered as new
 * ones) and links, previewed before anything changes.
 */
export function PasteAgendaDialog() {
  const participants = useMeetingStore((state) => state.meeting.participants);
  const hasAgenda = useMeetingStore((state) => state.meeting.agenda.length > 0);
  const close = useUiStore((state) => state.closeDialog);
  const [text, setText] = useState('');
  const [mode, setMode] = useState<Mode>(hasAgenda ? 'append' : 'replace');
  const [declined, setDeclined] = useState<ReadonlySet<string>>(new Set());
  const imported = useMemo(() => {
    const parsed = parseAgendaText(text);
    const result = matchPresenters(parsed, participants);
    return { ...result, warnings: [...parsed.warnings, ...result.warnings] };
  }, [text, participants]);

  const apply = () => {
    const editor = getCurrentEditor();
    if (!editor || imported.items.length === 0) return;
    const accepted = imported.newParticipants.filter((proposal) => !declined.has(proposal.id));
    const added = accepted.map((proposal) => participantSchema.parse({ id: proposal.id, fullName: proposal.fullName }));
    if (added.length > 0) {
      useMeetingStore.setState((state) => ({ meeting: { ...state.meeting, participants: [...state.meeting.participants, ...added] }, dirty: true }));
    }
    const items = withAcceptedPresenters(imported.items, accepted);
    applyAgendaChange(editor, (agenda) => (mode === 'replace' ? items : [...agenda, ...items]));
    close();
  };

  const toggle = (id: string) => setDeclined((current) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  return (
    <div className="modal-backdrop">
      <div className="modal modal--wide" role="dialog" aria-modal="true" aria-labelledby="paste-agenda-title"
        onKeyDown={(event) => { if (event.key === 'Escape') close(); }}>
        <h2 id="paste-agenda-title">Paste agenda</h2>
        <label htmlFor="paste-agenda-text">Agenda text (numbered items, lettered sub-items, presenters in parentheses)</label>
        <textarea id="paste-agenda-text" className="paste-area" autoFocus rows={8} value={text} onChange={(event) => setText(event.target.value)} />
        {imported.items.length > 0 ? (
          <ol className="paste-preview" aria-label="Agenda preview">
            {imported.items.map((item, index) => (
              <li key={item.id}>
                {index + 1}. {item.title}{item.link !== undefined ? <> <Icon name="link" label="link" /></> : null}
                {item.children.length > 0 ? (
                  <ol>{item.children.map((child, childIndex) => <li key={child.id}>{subItemLetter(childIndex)}. {child.title}</li>)}</ol>
                ) : null}
              </li>
            ))}
          </ol>
        ) : null}
        {imported.newParticipants.length > 0 ? (
          <fieldset className="paste-proposals">
            <legend>Presenters who are not participants yet</legend>
            {imported.newParticipants.map((proposal) => (
              <label key={proposal.id} className="paste-proposal">
                <input type="checkbox" checked={!declined.has(proposal.id)} onChange={() => toggle(proposal.id)} />
                Add {proposal.fullName} as a participant
              </label>
            ))}
          </fieldset>
        ) : null}
        {imported.warnings.length > 0 ? <ul className="paste-warnings">{imported.warnings.map((w) => <li key={w}>{w}</li>)}</ul> : null}
        {hasAgenda ? (
          <fieldset className="paste-mode">
            <legend>The meeting already has an agenda</legend>
            <label><input type="radio" name="paste-mode" checked={mode === 'append'} onChange={() => setMode('append')} /> Add these items at the end</label>
            <label><input type="radio" name="paste-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace the agenda (notes are kept, before the first item)</label>
          </fieldset>
        ) : null}
        <div className="modal__actions">
          <button type="button" className="toolbar-button toolbar-button--primary" disabled={imported.items.length === 0} onClick={apply}>
            {imported.items.length === 0 ? 'Add agenda' : `Add ${imported.items.length} item${imported.items.length === 1 ? '' : 's'}`}
          </button>
          <button type="button" className="toolbar-button" onClick={close}>Cancel</button>
        </div>
      </div>
    </div>
  );
}
