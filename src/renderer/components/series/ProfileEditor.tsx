import { useState, type FormEvent, type ReactNode } from 'react';
import type { MeetingMetadata, ZonedDateTime } from '../../../shared/meeting/schema';
import type { GroupProfile } from '../../../shared/profiles/schema';
import { skeletonFromText, skeletonToText } from '../../../shared/series/skeleton';
import { RosterEditor } from './RosterEditor';

interface ProfileEditorProps {
  profile: GroupProfile;
  onSave(profile: GroupProfile): void;
  onCancel(): void;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return <label className="profile-field"><span>{label}</span>{children}</label>;
}

function withNextMeeting(profile: GroupProfile, date: string, time: string): GroupProfile {
  const { nextMeeting: _old, ...last } = profile.lastMeeting;
  if (date === '') return { ...profile, lastMeeting: last };
  const nextMeeting: ZonedDateTime = { date, time: time || '14:00', timeZone: profile.timeZone || 'UTC' };
  return { ...profile, lastMeeting: { ...last, nextMeeting } };
}

/** Everything a group's meetings share, edited in one form: names, settings, the usual agenda and people. */
export function ProfileEditor({ profile, onSave, onCancel }: ProfileEditorProps) {
  const [draft, setDraft] = useState(profile);
  const [skeletonText, setSkeletonText] = useState(() => skeletonToText(profile.agendaSkeleton));
  const [nextDate, setNextDate] = useState(profile.lastMeeting.nextMeeting?.date ?? '');
  const [nextTime, setNextTime] = useState(profile.lastMeeting.nextMeeting?.time ?? '');
  const set = <K extends keyof GroupProfile>(key: K, value: GroupProfile[K]) => setDraft({ ...draft, [key]: value });
  const text = (key: 'groupTitle' | 'groupLongName' | 'groupShortName' | 'seriesName' | 'locale' | 'timeZone' | 'recordingNote') => (
    <input value={draft[key]} onChange={(event) => set(key, event.target.value)} />
  );
  const save = (event: FormEvent) => {
    event.preventDefault();
    onSave(withNextMeeting({ ...draft, agendaSkeleton: skeletonFromText(skeletonText) }, nextDate, nextTime));
  };
  const lastNumber = draft.lastMeeting.number;
  return (
    <form className="profile-editor" onSubmit={save} aria-label="Group profile">
      <div className="profile-editor__grid">
        <Field label="Group title (as printed on the report)">{text('groupTitle')}</Field>
        <Field label="Long name (in the opening sentence)">{text('groupLongName')}</Field>
        <Field label="Short name">{text('groupShortName')}</Field>
        <Field label="Series">{text('seriesName')}</Field>
        <Field label="Language (e.g. en-GB)">{text('locale')}</Field>
        <Field label="Time zone">{text('timeZone')}</Field>
        <Field label="Format">
          <select value={draft.format} onChange={(event) => set('format', event.target.value as MeetingMetadata['format'])}>
            <option value="virtual">Virtual</option><option value="in-person">In person</option><option value="hybrid">Hybrid</option>
          </select>
        </Field>
        <Field label="Recording note">{text('recordingNote')}</Field>
        <Field label="Number of the last meeting">
          <input type="number" min={0} value={lastNumber ?? ''} onChange={(event) => {
            const { number: _old, ...rest } = draft.lastMeeting;
            set('lastMeeting', event.target.value === '' ? rest : { ...rest, number: Number(event.target.value) });
          }} />
        </Field>
        <Field label="Next meeting: date and time">
          <span className="profile-field__pair">
            <input type="date" aria-label="Next meeting date" value={nextDate} onChange={(event) => setNextDate(event.target.value)} />
            <input type="time" aria-label="Next meeting time" value={nextTime} onChange={(event) => setNextTime(event.target.value)} />
          </span>
        </Field>
      </div>
      <fieldset className="report-sections">
        <legend>In the report, after the Discussion</legend>
        <label><input type="checkbox" checked={draft.reportSections.actionItems} onChange={(event) => set('reportSections', { ...draft.reportSections, actionItems: event.target.checked })} /> Action items, by owner</label>
        <label><input type="checkbox" checked={draft.reportSections.decisions} onChange={(event) => set('reportSections', { ...draft.reportSections, decisions: event.target.checked })} /> Decisions</label>
      </fieldset>
      <label className="profile-field">
        <span>Usual agenda (one item a line; indent a line to make it a sub-item)</span>
        <textarea rows={5} value={skeletonText} onChange={(event) => setSkeletonText(event.target.value)} />
      </label>
      <h3 className="panel-subtitle">People ({draft.roster.length})</h3>
      <RosterEditor roster={draft.roster} moderatorIds={draft.moderatorIds} onChange={(roster, moderatorIds) => setDraft({ ...draft, roster, moderatorIds })} />
      <div className="modal__actions">
        <button type="button" className="toolbar-button" onClick={onCancel}>Cancel</button>
        <button type="submit" className="toolbar-button toolbar-button--primary">Save profile</button>
      </div>
    </form>
  );
}
