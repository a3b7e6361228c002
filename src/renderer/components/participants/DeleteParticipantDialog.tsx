import { useEffect, useRef } from 'react';

interface DeleteParticipantDialogProps {
  name: string;
  mentionCount: number;
  onConfirm(): void;
  onCancel(): void;
}

/** Asked before deleting someone the notes mention: their name stays in the text, but no longer as a mention. */
export function DeleteParticipantDialog({ name, mentionCount, onConfirm, onCancel }: DeleteParticipantDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const times = mentionCount === 1 ? 'once' : `${mentionCount} times`;
  return (
    <div className="modal-backdrop">
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="delete-participant-title" aria-describedby="delete-participant-text"
        onKeyDown={(event) => { if (event.key === 'Escape') onCancel(); }}>
        <h2 id="delete-participant-title">Delete {name}?</h2>
        <p id="delete-participant-text">
          The notes mention {name} {times}. The mentions will become plain text, so renaming this person will no longer change them.
        </p>
        <div className="modal__actions">
          <button type="button" className="toolbar-button toolbar-button--primary" onClick={onConfirm}>Delete and keep the names as text</button>
          <button type="button" className="toolbar-button" ref={cancelRef} onClick={onCancel}>Cancel</button>
        </div>
      </div>
    </div>
  );
}
