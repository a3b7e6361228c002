import { useMemo } from 'react';
import { groupByOwner } from '../../../shared/actions/grouping';
import { formatDueDate } from '../../../shared/actions/dueDates';
import type { ReportSections } from '../../../shared/meeting/schema';
import { getCurrentEditor } from '../../editor/editorHandle';
import { useActionIndexStore, type IndexedAction } from '../../editor/actions/actionIndexStore';
import { goToMarker, setActionFields } from '../../editor/actions/markActions';
import { useMeetingStore } from '../../store/meetingStore';
import { useUiStore } from '../../store/uiStore';
import { CarriedActions } from './CarriedActions';

function ActionRow({ action, locale, readOnly }: { action: IndexedAction; locale: string; readOnly: boolean }) {
  const editor = getCurrentEditor();
  return (
    <li className={`action-row${action.done ? ' action-row--done' : ''}`}>
      <input type="checkbox" checked={action.done} disabled={readOnly} aria-label={`Done: ${action.text || 'action'}`}
        onChange={(event) => editor && setActionFields(editor, action.key, { done: event.target.checked })} />
      <button type="button" className="action-row__text" onClick={() => editor && goToMarker(editor, action.key)}>
        {action.text || <em>(no text yet)</em>}
        {action.due ? <span className="action-row__due"> · due {formatDueDate(action.due, locale)}</span> : null}
      </button>
      <button type="button" className="icon-button" disabled={readOnly} aria-label={`Edit action: ${action.text}`}
        onClick={() => useUiStore.getState().openDialog({ kind: 'action', target: { mode: 'edit', nodeKey: action.key } })}>Edit</button>
    </li>
  );
}

function ReportSectionChoice({ sections, readOnly }: { sections: ReportSections; readOnly: boolean }) {
  const set = (patch: Partial<ReportSections>) => useMeetingStore.getState().updateMetadata({ reportSections: { ...sections, ...patch } });
  return (
    <fieldset className="report-sections">
      <legend>In the report, after the Discussion</legend>
      <label><input type="checkbox" checked={sections.actionItems} disabled={readOnly} onChange={(event) => set({ actionItems: event.target.checked })} /> Action items, by owner</label>
      <label><input type="checkbox" checked={sections.decisions} disabled={readOnly} onChange={(event) => set({ decisions: event.target.checked })} /> Decisions</label>
    </fieldset>
  );
}

/** The meeting's actions by owner (a shared action under each owner) and its decisions; an action is marked done here. */
export function ActionsPanel() {
  const actions = useActionIndexStore((state) => state.actions);
  const decisions = useActionIndexStore((state) => state.decisions);
  const participants = useMeetingStore((state) => state.meeting.participants);
  const metadata = useMeetingStore((state) => state.meeting.metadata);
  const readOnly = useMeetingStore((state) => state.readOnly);
  const groups = useMemo(() => groupByOwner(actions, participants.map((person) => person.id)), [actions, participants]);
  const nameOf = (id: string | undefined) => (id === undefined ? 'No owner yet' : participants.find((person) => person.id === id)?.fullName ?? 'Unknown');
  const open = actions.filter((action) => !action.done).length;
  const editor = getCurrentEditor();
  return (
    <section className="actions-panel" aria-label="Actions and decisions">
      <h2 className="panel-title">Actions <span className="actions-panel__count">{open} open of {actions.length}</span></h2>
      {actions.length === 0 ? <p className="panel-empty">No actions yet: type “ACTION: Name to …” or press the Action button.</p> : null}
      {groups.map((group) => (
        <div key={group.ownerId ?? 'none'} className="action-group">
          <h3 className="action-group__owner">{nameOf(group.ownerId)}</h3>
          <ul className="action-list">
            {group.actions.map((action) => <ActionRow key={`${group.ownerId}-${action.key}`} action={action} locale={metadata.locale} readOnly={readOnly} />)}
          </ul>
        </div>
      ))}
      <h2 className="panel-title">Decisions <span className="actions-panel__count">{decisions.length}</span></h2>
      {decisions.length === 0 ? <p className="panel-empty">No decisions yet: type “RESOLUTION: …” or press the Decision button.</p> : (
        <ol className="decision-list">
          {decisions.map((decision) => (
            <li key={decision.key}><button type="button" className="action-row__text" onClick={() => editor && goToMarker(editor, decision.key)}>{decision.text || <em>(no text yet)</em>}</button></li>
          ))}
        </ol>
      )}
      <CarriedActions />
      <ReportSectionChoice sections={metadata.reportSections} readOnly={readOnly} />
    </section>
  );
}
