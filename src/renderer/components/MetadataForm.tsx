import { useId, type ReactNode } from 'react';
import type { MeetingMetadata, ZonedDateTime } from '../../shared/meeting/schema';
import { useMeetingStore } from '../store/meetingStore';

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

function TextField({ label, name, value, readOnly, onChange }: { label: string; name: string; value: string; readOnly: boolean; onChange: (value: string) => void }) {
  return (
    <Field label={label}>
      {(id) => <input id={id} name={name} type="text" value={value} readOnly={readOnly} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}

function DateTimeFields({ legend, name, value, readOnly, onChange }: { legend: string; name: string; value: ZonedDateTime | undefined; readOnly: boolean; onChange: (value: ZonedDateTime | undefined) => void }) {
  const current = value ?? { date: '', time: '', timeZone: 'UTC' };
  const update = (patch: Partial<ZonedDateTime>) => {
    const next = { ...current, ...patch };
    onChange(next.date === '' && next.time === '' ? undefined : { ...next, time: next.time || '00:00', date: next.date || current.date });
  };
  return (
    <fieldset className="form-fieldset">
      <legend>{legend}</legend>
      <Field label="Date">{(id) => <input id={id} name={`${name}-date`} type="date" value={current.date} readOnly={readOnly} onChange={(e) => update({ date: e.target.value })} />}</Field>
      <Field label="Time">{(id) => <input id={id} name={`${name}-time`} type="time" value={current.time} readOnly={readOnly} onChange={(e) => update({ time: e.target.value })} />}</Field>
      <Field label="Time zone">{(id) => <input id={id} name={`${name}-zone`} type="text" value={current.timeZone} readOnly={readOnly} onChange={(e) => update({ timeZone: e.target.value })} />}</Field>
    </fieldset>
  );
}

/** The meeting's details: everything the report's title block and opening paragraph are made from. */
export function MetadataForm() {
  const metadata = useMeetingStore((state) => state.meeting.metadata);
  const readOnly = useMeetingStore((state) => state.readOnly);
  const updateMetadata = useMeetingStore((state) => state.updateMetadata);
  const set = <K extends keyof MeetingMetadata>(key: K) => (value: MeetingMetadata[K]) => updateMetadata({ [key]: value } as Partial<MeetingMetadata>);
  return (
    <form className="metadata-form" aria-label="Meeting details" onSubmit={(event) => event.preventDefault()}>
      <h2 className="panel-title">Meeting details</h2>
      <TextField label="Group title (as printed)" name="groupTitle" value={metadata.groupTitle} readOnly={readOnly} onChange={set('groupTitle')} />
      <TextField label="Group long name" name="groupLongName" value={metadata.groupLongName} readOnly={readOnly} onChange={set('groupLongName')} />
      <TextField label="Group short name" name="groupShortName" value={metadata.groupShortName} readOnly={readOnly} onChange={set('groupShortName')} />
      <TextField label="Series" name="seriesName" value={metadata.seriesName} readOnly={readOnly} onChange={set('seriesName')} />
      <Field label="Meeting number">
        {(id) => (
          <input id={id} name="number" type="number" min={0} value={metadata.number ?? ''} readOnly={readOnly}
            onChange={(event) => updateMetadata({ number: event.target.value === '' ? undefined : Math.max(0, Math.trunc(Number(event.target.value))) })} />
        )}
      </Field>
      <Field label="Format">
        {(id) => (
          <select id={id} name="format" value={metadata.format} disabled={readOnly} onChange={(event) => updateMetadata({ format: event.target.value as MeetingMetadata['format'] })}>
            <option value="virtual">Virtual</option>
            <option value="in-person">In person</option>
            <option value="hybrid">Hybrid</option>
          </select>
        )}
      </Field>
      <DateTimeFields legend="Starts" name="start" value={metadata.start} readOnly={readOnly} onChange={set('start')} />
      <DateTimeFields legend="Next meeting" name="next" value={metadata.nextMeeting} readOnly={readOnly} onChange={set('nextMeeting')} />
      <TextField label="Language (locale)" name="locale" value={metadata.locale} readOnly={readOnly} onChange={set('locale')} />
      <TextField label="Recording note" name="recordingNote" value={metadata.recordingNote} readOnly={readOnly} onChange={set('recordingNote')} />
      <Field label="Status">
        {(id) => (
          <select id={id} name="status" value={metadata.status} disabled={readOnly} onChange={(event) => updateMetadata({ status: event.target.value as MeetingMetadata['status'] })}>
            <option value="live">Live</option>
            <option value="draft">Draft</option>
            <option value="circulated">Circulated</option>
          </select>
        )}
      </Field>
    </form>
  );
}
