import { useDeferredValue, useMemo, useState } from 'react';
import { importReportText, profileFromImport, type ImportedReport } from '../../../shared/parsers/reportImport';
import { meetingFromProfile } from '../../../shared/profiles/profileMeetings';
import { describeMoment } from '../../../shared/report/dates';
import { getBridge } from '../../bridge';
import { loadPreparedMeeting } from '../../commands/seriesCommands';
import { useUiStore } from '../../store/uiStore';

function ImportPreview({ report }: { report: ImportedReport }) {
  const when = (moment: ImportedReport['start']) => (moment ? describeMoment(moment, 'en-GB').full : '—');
  return (
    <dl className="import-preview" aria-label="What the report gives">
      <dt>Group</dt><dd>{report.groupTitle ?? '—'}{report.groupShortName ? ` (${report.groupShortName})` : ''}</dd>
      <dt>Meeting</dt><dd data-testid="import-meeting">{[report.seriesName, report.number].filter((part) => part !== undefined).join(' ') || '—'}</dd>
      <dt>Date</dt><dd>{when(report.start)}</dd>
      <dt>Next meeting</dt><dd>{when(report.nextMeeting)}</dd>
      <dt>Participants</dt><dd data-testid="import-participants">{report.participants.length}{report.apologies.length > 0 ? ` (and ${report.apologies.length} with apologies)` : ''}</dd>
      <dt>Agenda</dt>
      <dd data-testid="import-agenda">{report.agenda.length} items{report.agenda.length > 0 ? `: ${report.agenda.map((item) => item.title).join('; ')}` : ''}</dd>
    </dl>
  );
}

/**
 * Starts a group profile from a previous report: its Word file or its pasted
 * text. What was recognised is shown before anything is saved, and so is what
 * could not be found.
 */
export function ImportReportDialog() {
  const close = useUiStore((state) => state.closeDialog);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const deferred = useDeferredValue(text);
  const report = useMemo(() => (deferred.trim() === '' ? null : importReportText(deferred)), [deferred]);

  const readWordFile = async () => {
    const result = await getBridge().readReportFile({});
    if (result.status === 'read') {
      setText(result.text);
      setStatus({ tone: 'ok', text: `Read ${result.fileName}.` });
    } else if (result.status === 'failed') setStatus({ tone: 'error', text: result.message });
  };
  const saveProfile = async (thenStartMeeting: boolean) => {
    if (!report) return;
    const profile = profileFromImport(report);
    const saved = await getBridge().saveProfile({ profile });
    if (saved.status === 'failed') {
      setStatus({ tone: 'error', text: saved.message });
      return;
    }
    if (!thenStartMeeting) useUiStore.getState().openDialog({ kind: 'profiles', editId: profile.id });
    else if (await loadPreparedMeeting(meetingFromProfile(profile))) close();
  };

  return (
    <div className="modal-backdrop">
      <div className="modal modal--wide" role="dialog" aria-modal="true" aria-labelledby="import-report-title" onKeyDown={(event) => { if (event.key === 'Escape') close(); }}>
        <h2 id="import-report-title">Start from a previous report</h2>
        <p>Read the group’s last summary report (Word), or paste its text: its title, participants and agenda start the group’s profile.</p>
        <button type="button" className="toolbar-button" onClick={() => void readWordFile()}>Read a Word file (.docx)…</button>
        <label htmlFor="import-report-text" className="import-report__label">Report text</label>
        <textarea id="import-report-text" className="paste-area" rows={8} value={text} onChange={(event) => setText(event.target.value)} />
        {report ? <ImportPreview report={report} /> : null}
        {report && report.missing.length > 0 ? (
          <ul className="paste-warnings" aria-label="Not found">{report.missing.map((line) => <li key={line}>{line}</li>)}</ul>
        ) : null}
        {status ? <p className={`export-outcome export-outcome--${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'}>{status.text}</p> : null}
        <div className="modal__actions">
          <button type="button" className="toolbar-button" onClick={close}>Cancel</button>
          <button type="button" className="toolbar-button" disabled={!report} onClick={() => void saveProfile(false)}>Save as group profile</button>
          <button type="button" className="toolbar-button toolbar-button--primary" disabled={!report} onClick={() => void saveProfile(true)}>
            Save and start meeting {report?.number !== undefined ? report.number + 1 : ''}
          </button>
        </div>
      </div>
    </div>
  );
}
