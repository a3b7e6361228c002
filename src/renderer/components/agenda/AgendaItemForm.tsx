import { useId, useState, type FormEvent } from 'react';
import type { AgendaSubItem, Participant } from '../../../shared/meeting/schema';

export interface AgendaItemFormValues {
  title: string;
  link: string;
  durationMin: string;
  presenterIds: string[];
}

interface AgendaItemFormProps {
  entry: AgendaSubItem;
  participants: readonly Participant[];
  onSave(values: AgendaItemFormValues): void;
  onCancel(): void;
}

/** Edits one agenda entry in place: title, presenters from the participants, optional link and duration. */
export function AgendaItemForm({ entry, participants, onSave, onCancel }: AgendaItemFormProps) {
  const id = useId();
  const [values, setValues] = useState<AgendaItemFormValues>({
    title: entry.title, link: entry.link ?? '', durationMin: entry.durationMin?.toString() ?? '', presenterIds: entry.presenterIds,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(values);
  };
  const togglePresenter = (participantId: string) => setValues((v) => ({
    ...v,
    presenterIds: v.presenterIds.includes(participantId) ? v.presenterIds.filter((p) => p !== participantId) : [...v.presenterIds, participantId],
  }));
  return (
    <form className="agenda-form" onSubmit={submit} onKeyDown={(event) => { if (event.key === 'Escape') onCancel(); }} aria-label="Edit agenda item">
      <label htmlFor={`${id}-title`}>Title</label>
      <input id={`${id}-title`} autoFocus value={values.title} onChange={(e) => setValues({ ...values, title: e.target.value })} />
      <label htmlFor={`${id}-link`}>Link (optional)</label>
      <input id={`${id}-link`} type="url" placeholder="https://…" value={values.link} onChange={(e) => setValues({ ...values, link: e.target.value })} />
      <label htmlFor={`${id}-duration`}>Duration in minutes (optional)</label>
      <input id={`${id}-duration`} type="number" min={1} max={1440} value={values.durationMin} onChange={(e) => setValues({ ...values, durationMin: e.target.value })} />
      {participants.length > 0 ? (
        <fieldset className="agenda-form__presenters">
          <legend>Presenters</legend>
          {participants.map((participant) => (
            <label key={participant.id} className="agenda-form__presenter">
              <input type="checkbox" checked={values.presenterIds.includes(participant.id)} onChange={() => togglePresenter(participant.id)} />
              {participant.fullName}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="agenda-form__actions">
        <button type="submit" className="toolbar-button">Save</button>
        <button type="button" className="toolbar-button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

/** The form's strings as a patch of the model: empty fields clear their value. */
export function agendaPatchFrom(values: AgendaItemFormValues): Partial<Omit<AgendaSubItem, 'id'>> {
  const duration = Number.parseInt(values.durationMin, 10);
  return {
    title: values.title.trim(),
    link: values.link.trim() === '' ? undefined : values.link.trim(),
    durationMin: Number.isFinite(duration) && duration > 0 ? Math.min(duration, 1440) : undefined,
    presenterIds: values.presenterIds,
  };
}
