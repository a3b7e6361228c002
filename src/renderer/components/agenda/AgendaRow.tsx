import type { DragEvent, KeyboardEvent } from 'react';
import type { AgendaSubItem, Participant } from '../../../shared/meeting/schema';
import { shortNameOf } from '../../../shared/names/shortName';
import { Icon } from '../Icon';
import { formatClockOffset } from './formatClockOffset';

export interface AgendaRowActions {
  go(): void;
  edit(): void;
  remove(): void;
  moveUp(): void;
  moveDown(): void;
  indent?: (() => void) | undefined;
  outdent?: (() => void) | undefined;
  addSubItem?: (() => void) | undefined;
  dropBefore(draggedId: string): void;
}

interface AgendaRowProps {
  entry: AgendaSubItem;
  label: string;
  depth: 0 | 1;
  current: boolean;
  readOnly: boolean;
  participants: readonly Participant[];
  actions: AgendaRowActions;
}

const DRAG_TYPE = 'application/x-rapporteur-agenda-item';

/** One agenda entry: a click takes the caret to its notes; keys and drag reorder it. */
export function AgendaRow({ entry, label, depth, current, readOnly, participants, actions }: AgendaRowProps) {
  const presenters = entry.presenterIds.map((id) => participants.find((p) => p.id === id)).filter((p): p is Participant => p !== undefined);
  const onKeyDown = (event: KeyboardEvent) => {
    if (readOnly) return;
    const handled = (action?: () => void) => {
      if (!action) return;
      event.preventDefault();
      action();
    };
    if (event.altKey && event.key === 'ArrowUp') handled(actions.moveUp);
    else if (event.altKey && event.key === 'ArrowDown') handled(actions.moveDown);
    else if (event.altKey && event.key === 'ArrowRight') handled(actions.indent);
    else if (event.altKey && event.key === 'ArrowLeft') handled(actions.outdent);
    else if (event.key === 'F2') handled(actions.edit);
    else if (event.key === 'Delete') handled(actions.remove);
  };
  const onDrop = (event: DragEvent) => {
    const dragged = event.dataTransfer.getData(DRAG_TYPE);
    if (!dragged) return;
    event.preventDefault();
    actions.dropBefore(dragged);
  };
  return (
    <li
      className={`agenda-row agenda-row--depth-${depth}${current ? ' agenda-row--current' : ''}`}
      data-item-id={entry.id}
      draggable={!readOnly}
      onDragStart={(event) => event.dataTransfer.setData(DRAG_TYPE, entry.id)}
      onDragOver={(event) => { if (event.dataTransfer.types.includes(DRAG_TYPE)) event.preventDefault(); }}
      onDrop={onDrop}
    >
      <button type="button" className="agenda-row__go" aria-current={current ? 'location' : undefined} onClick={actions.go} onKeyDown={onKeyDown}
        title="Go to this item's notes (Alt+↑/↓ move, Alt+→/← indent, F2 edit, Delete remove)">
        <span className="agenda-row__label">{label}</span>
        {entry.link !== undefined ? (
          <span className="agenda-row__link" title={entry.link === '' ? 'Marked as a link, but the address is missing' : entry.link}> <Icon name="link" label="link" /></span>
        ) : null}
        {presenters.length > 0 ? <span className="agenda-row__presenters"> ({presenters.map(shortNameOf).join(', ')})</span> : null}
        {entry.durationMin ? <span className="agenda-row__duration"> · {entry.durationMin} min</span> : null}
        {entry.takenUpAtMs !== undefined ? <span className="agenda-row__time" title="Taken up at this point of the recording"> · {formatClockOffset(entry.takenUpAtMs)}</span> : null}
      </button>
      {readOnly ? null : (
        <span className="agenda-row__actions">
          <button type="button" className="icon-button" onClick={actions.edit} aria-label={`Edit ${label}`} title="Edit"><Icon name="edit" /></button>
          {actions.addSubItem ? <button type="button" className="icon-button" onClick={actions.addSubItem} aria-label={`Add sub-item to ${label}`} title="Add sub-item"><Icon name="plus" /></button> : null}
          <button type="button" className="icon-button" onClick={actions.moveUp} aria-label={`Move ${label} up`} title="Move up"><Icon name="up" /></button>
          <button type="button" className="icon-button" onClick={actions.moveDown} aria-label={`Move ${label} down`} title="Move down"><Icon name="down" /></button>
          <button type="button" className="icon-button" onClick={actions.remove} aria-label={`Delete ${label}`} title="Delete"><Icon name="trash" /></button>
        </span>
      )}
    </li>
  );
}
