import { useState } from 'react';
import { agendaLabel } from '../../../shared/meeting/agendaNumbering';
import { flattenAgendaIds } from '../../editor/agenda/agendaState';
import { useMeetingStore } from '../../store/meetingStore';
import { useUiStore } from '../../store/uiStore';
import { AgendaItemForm, agendaPatchFrom } from './AgendaItemForm';
import { AgendaRow, type AgendaRowActions } from './AgendaRow';
import * as actions from './agendaActions';
import { DeleteAgendaItemDialog } from './DeleteAgendaItemDialog';

interface PendingDelete { id: string; label: string; mergeInto: string }

/** The agenda: where the caret is, where to go next, and the structure the report's Discussion follows. */
export function AgendaPanel() {
  const agenda = useMeetingStore((state) => state.meeting.agenda);
  const participants = useMeetingStore((state) => state.meeting.participants);
  const currentItemId = useMeetingStore((state) => state.currentItemId);
  const readOnly = useMeetingStore((state) => state.readOnly);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);

  const requestDelete = (id: string, childIds: readonly string[]) => {
    if (!actions.agendaEntryHasNotes([id, ...childIds])) {
      actions.deleteAgendaEntry(id);
      return;
    }
    const order = flattenAgendaIds(agenda);
    const previous = order.slice(0, order.indexOf(id)).reverse().find((candidate) => !childIds.includes(candidate));
    setPendingDelete({
      id,
      label: agendaLabel(agenda, id) ?? '',
      mergeInto: previous ? `“${agendaLabel(agenda, previous)}”` : 'the notes before the first item',
    });
  };

  const rowActions = (id: string, childIds: readonly string[], depth: 0 | 1): AgendaRowActions => ({
    go: () => actions.goToEntry(id),
    edit: () => setEditingId(id),
    remove: () => requestDelete(id, childIds),
    moveUp: () => actions.moveAgendaEntryUp(id),
    moveDown: () => actions.moveAgendaEntryDown(id),
    indent: depth === 0 ? () => actions.indentEntry(id) : undefined,
    outdent: depth === 1 ? () => actions.outdentEntry(id) : undefined,
    addSubItem: depth === 0 ? () => setEditingId(actions.addAgendaSubItem(id, 'New sub-item')) : undefined,
    dropBefore: (draggedId) => actions.dropAgendaEntryBefore(draggedId, id),
  });

  const renderEntry = (entry: (typeof agenda)[number] | (typeof agenda)[number]['children'][number], depth: 0 | 1, childIds: readonly string[]) => (
    editingId === entry.id ? (
      <li key={entry.id} className={`agenda-row agenda-row--depth-${depth}`}>
        <AgendaItemForm entry={entry} participants={participants}
          onSave={(values) => { actions.editAgendaEntry(entry.id, agendaPatchFrom(values)); setEditingId(null); }}
          onCancel={() => setEditingId(null)} />
      </li>
    ) : (
      <AgendaRow key={entry.id} entry={entry} label={agendaLabel(agenda, entry.id) ?? entry.title} depth={depth}
        current={entry.id === currentItemId} readOnly={readOnly} participants={participants} actions={rowActions(entry.id, childIds, depth)} />
    )
  );

  return (
    <section className="agenda-panel" aria-label="Agenda">
      <div className="agenda-panel__header">
        <h2 className="panel-title">Agenda</h2>
        {readOnly ? null : (
          <span className="agenda-panel__buttons">
            <button type="button" className="toolbar-button" onClick={() => setEditingId(actions.addAgendaItem('New item'))}>+ Item</button>
            <button type="button" className="toolbar-button" onClick={() => useUiStore.getState().openDialog({ kind: 'pasteAgenda' })}>Paste agenda</button>
          </span>
        )}
      </div>
      {agenda.length === 0 ? (
        <p className="panel-empty">No agenda yet. Add items, or paste the agenda from the invitation.</p>
      ) : (
        <ol className="agenda-list" aria-label="Agenda items">
          {agenda.map((item) => [
            renderEntry(item, 0, item.children.map((child) => child.id)),
            ...item.children.map((child) => renderEntry(child, 1, [])),
          ])}
        </ol>
      )}
      {pendingDelete ? (
        <DeleteAgendaItemDialog label={pendingDelete.label} mergeInto={pendingDelete.mergeInto}
          onConfirm={() => { actions.deleteAgendaEntry(pendingDelete.id); setPendingDelete(null); }}
          onCancel={() => setPendingDelete(null)} />
      ) : null}
    </section>
  );
}
