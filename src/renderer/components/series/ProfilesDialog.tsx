import { useCallback, useEffect, useState } from 'react';
import type { GroupProfile } from '../../../shared/profiles/schema';
import { profileLabel } from '../../../shared/profiles/schema';
import type { ProfileSummaryDto } from '../../../shared/series/contract';
import { getBridge } from '../../bridge';
import { useUiStore } from '../../store/uiStore';
import { ProfileEditor } from './ProfileEditor';
import { exportProfile, importProfile, newMeetingFromProfile, saveMeetingAsProfile, type Outcome } from './profileActions';

function ProfileRow({ summary, onEdit, onDone }: { summary: ProfileSummaryDto; onEdit(): void; onDone(outcome: Outcome | null): void }) {
  const close = useUiStore((state) => state.closeDialog);
  const next = summary.lastNumber !== undefined ? ` ${summary.lastNumber + 1}` : '';
  const remove = async () => {
    if (!window.confirm(`Delete the profile of ${profileLabel(summary)}? Its meetings are not touched.`)) return;
    const result = await getBridge().deleteProfile({ id: summary.id });
    onDone(result.status === 'failed' ? { tone: 'error', text: result.message } : { tone: 'ok', text: `Deleted the profile of ${profileLabel(summary)}.` });
  };
  return (
    <li className="profile-row">
      <span className="profile-row__name">{profileLabel(summary)}</span>
      <span className="profile-row__details">{summary.seriesName}{summary.lastNumber !== undefined ? ` · last meeting ${summary.lastNumber}` : ''} · {summary.people} people</span>
      <span className="profile-row__buttons">
        <button type="button" className="toolbar-button toolbar-button--primary" onClick={() => void newMeetingFromProfile(summary.id).then((result) => (result === 'loaded' ? close() : onDone(result)))}>
          New meeting{next}
        </button>
        <button type="button" className="toolbar-button" onClick={onEdit}>Edit</button>
        <button type="button" className="toolbar-button" onClick={() => void exportProfile(summary.id).then(onDone)}>Export…</button>
        <button type="button" className="toolbar-button" onClick={() => void remove()}>Delete</button>
      </span>
    </li>
  );
}

/** The groups this rapporteur works for: start a meeting from one, edit, share or import a profile. */
export function ProfilesDialog({ editId }: { editId?: string | undefined }) {
  const close = useUiStore((state) => state.closeDialog);
  const [profiles, setProfiles] = useState<ProfileSummaryDto[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [editing, setEditing] = useState<GroupProfile | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const reload = useCallback(async () => {
    const listed = await getBridge().listProfiles({});
    setProfiles(listed.profiles);
    setProblems(listed.problems);
  }, []);
  const edit = useCallback(async (id: string) => {
    const found = await getBridge().getProfile({ id });
    if (found.status === 'found') setEditing(found.profile);
    else setOutcome({ tone: 'error', text: found.message });
  }, []);
  useEffect(() => {
    void reload();
    if (editId) void edit(editId);
  }, [reload, edit, editId]);
  const done = (result: Outcome | null) => {
    if (result) setOutcome(result);
    void reload();
  };
  const save = async (profile: GroupProfile) => {
    const saved = await getBridge().saveProfile({ profile });
    if (saved.status === 'saved') setEditing(null);
    done(saved.status === 'saved' ? { tone: 'ok', text: `Saved the profile of ${profileLabel(profile)}.` } : { tone: 'error', text: saved.message });
  };

  return (
    <div className="modal-backdrop">
      <div className="modal modal--wide" role="dialog" aria-modal="true" aria-labelledby="profiles-title" onKeyDown={(event) => { if (event.key === 'Escape') close(); }}>
        <h2 id="profiles-title">{editing ? `Group profile: ${profileLabel(editing)}` : 'Group profiles'}</h2>
        {editing ? <ProfileEditor profile={editing} onSave={(profile) => void save(profile)} onCancel={() => setEditing(null)} /> : (
          <>
            {profiles.length === 0 ? <p className="panel-empty">No group profiles yet: save the open meeting’s group, import a profile a colleague shared, or start from a previous report.</p> : null}
            <ul className="profile-list">
              {profiles.map((summary) => <ProfileRow key={summary.id} summary={summary} onEdit={() => void edit(summary.id)} onDone={done} />)}
            </ul>
            {problems.length > 0 ? <ul className="paste-warnings">{problems.map((problem) => <li key={problem}>{problem}</li>)}</ul> : null}
            <div className="modal__actions modal__actions--wrap">
              <button type="button" className="toolbar-button" onClick={() => void saveMeetingAsProfile().then(done)}>Save this meeting’s group as a profile</button>
              <button type="button" className="toolbar-button" onClick={() => void importProfile().then(done)}>Import a profile…</button>
              <button type="button" className="toolbar-button" onClick={() => useUiStore.getState().openDialog({ kind: 'importReport' })}>Start from a previous report…</button>
              <button type="button" className="toolbar-button" onClick={close}>Close</button>
            </div>
          </>
        )}
        {outcome ? <p className={`export-outcome export-outcome--${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : 'status'}>{outcome.text}</p> : null}
      </div>
    </div>
  );
}
