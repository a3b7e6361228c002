import { useEffect, useRef } from 'react';

interface DeleteAgendaItemDialogProps {
  label: string;
  mergeInto: string;
  onConfirm(): void;
  onCancel(): void;
}

/** Asked before deleting an item with notes: the notes are never dropped silently. */
export function DeleteAgendaItemDialog({ label, mergeInto, onConfirm, onCancel }: DeleteAgendaItemDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div className="modal-backdrop">
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="delete-item-title" aria-describedby="delete-item-text"
        onKeyDown={(event) => { if (event.key === 'Escape') onCancel(); }}>
        <h2 id="delete-item-title">Delete “{label}”?</h2>
        <p id="delete-item-text">This item has notes. They will be kept and moved to the end of {mergeInto}.</p>
        <div className="modal__actions">
          <button type="button" className="toolbar-button toolbar-button--primary" onClick={onConfirm}>Move notes and delete</button>
          <button type="button" className="toolbar-button" ref={cancelRef} onClick={onCancel}>Cancel</button>
        </div>
      </div>
    </div>
  );
}
