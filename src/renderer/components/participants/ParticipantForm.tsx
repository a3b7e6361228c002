import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Attendance, Participant, Role } from '../../../shared/meeting/schema';
import { CHORD_DIGITS } from '../../../shared/names/speakerChords';
import { defaultShortName } from '../../../shared/names/shortName';
import { ATTENDANCE_LABELS, ROLE_LABELS } from './participantLabels';

export interface ParticipantFormValues {
  fullName: string;
  shortName: string;
  affiliation: string;
  role: Role;
  attendance: Attendance;
  /** '' for a chord number given automatically. */
  pin: string;
  /** One screen name per line. */
  aliases: string;
  moderates: boolean;
}

export function formValuesOf(participant: Participant | undefined, moderates: boolean): ParticipantFormValues {
  return {
    fullName: participant?.fullName ?? '',
    shortName: participant?.shortName ?? '',
    affiliation: participant?.affiliation ?? '',
    role: participant?.role ?? 'member',
    attendance: participant?.attendance ?? 'present',
    pin: participant?.pin?.toString() ?? '',
    aliases: participant?.aliases.join('\n') ?? '',
    moderates,
  };
}

/** The form as a change to the participant; an empty short name means "derive it from the full name". */
export function participantPatchFrom(values: ParticipantFormValues): Omit<Participant, 'id'> {
  return {
    fullName: values.fullName.replace(/\s+/gu, ' ').trim(),
    shortName: values.shortName.trim(),
    affiliation: values.affiliation.trim(),
    role: values.role,
    attendance: values.attendance,
    pin: values.pin === '' ? undefined : Number(values.pin),
    aliases: [...new Set(values.aliases.split('\n').map((alias) => alias.trim()).filter(Boolean))],
  };
}

interface ParticipantFormProps {
  initial: ParticipantFormValues;
  title: string;
  /** Move and delete buttons, for a participant already on the list. */
  listActions?: ReactNode;
  onSave(values: ParticipantFormValues): void;
  onCancel(): void;
}

/** Adds or edits one participant in place: names, affiliation, role, attendance, chord number and known screen names. */
export function ParticipantForm({ initial, title, listActions, onSave, onCancel }: ParticipantFormProps) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof ParticipantFormValues>(key: K) => (value: ParticipantFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (values.fullName.trim() !== '') onSave(values);
  };
  return (
    <form className="participant-form" aria-label={title} onSubmit={submit} onKeyDown={(event) => { if (event.key === 'Escape') onCancel(); }}>
      <label htmlFor={`${id}-full`}>Full name</label>
      <input id={`${id}-full`} autoFocus required maxLength={500} value={values.fullName} onChange={(e) => set('fullName')(e.target.value)} />
      <label htmlFor={`${id}-short`}>Short name</label>
      <input id={`${id}-short`} maxLength={200} placeholder={defaultShortName(values.fullName)} value={values.shortName} onChange={(e) => set('shortName')(e.target.value)} />
      <label htmlFor={`${id}-affiliation`}>Affiliation</label>
      <input id={`${id}-affiliation`} maxLength={1000} value={values.affiliation} onChange={(e) => set('affiliation')(e.target.value)} />
      <div className="participant-form__row">
        <span>
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={values.role} onChange={(e) => set('role')(e.target.value as Role)}>
            {Object.entries(ROLE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </span>
        <span>
          <label htmlFor={`${id}-attendance`}>Attendance</label>
          <select id={`${id}-attendance`} value={values.attendance} onChange={(e) => set('attendance')(e.target.value as Attendance)}>
            {Object.entries(ATTENDANCE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </span>
        <span>
          <label htmlFor={`${id}-pin`}>Speaker key</label>
          <select id={`${id}-pin`} value={values.pin} onChange={(e) => set('pin')(e.target.value)}>
            <option value="">Automatic</option>
            {CHORD_DIGITS.map((digit) => <option key={digit} value={String(digit)}>Pinned to {digit}</option>)}
          </select>
        </span>
      </div>
      <label className="participant-form__check">
        <input type="checkbox" checked={values.moderates} onChange={(e) => set('moderates')(e.target.checked)} /> Moderates this meeting
      </label>
      <label htmlFor={`${id}-aliases`}>Screen names (one per line)</label>
      <textarea id={`${id}-aliases`} rows={2} value={values.aliases} onChange={(e) => set('aliases')(e.target.value)} />
      <div className="participant-form__actions">
        <button type="submit" className="toolbar-button toolbar-button--primary">Save</button>
        <button type="button" className="toolbar-button" onClick={onCancel}>Cancel</button>
      </div>
      {listActions ? <div className="participant-form__actions">{listActions}</div> : null}
    </form>
  );
}
