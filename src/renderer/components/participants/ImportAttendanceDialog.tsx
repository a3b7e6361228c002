import { useState, type DragEvent } from 'react';
import type { Participant } from '../../../shared/meeting/schema';
import { matchAttendance, parseAttendanceReport, type AttendanceMatch, type AttendanceReport } from '../../../shared/parsers/attendance';
import { useMeetingStore } from '../../store/meetingStore';
import { applyAttendanceDecisions } from '../../store/participantActions';
import { useUiStore } from '../../store/uiStore';
import { decisionsFrom, initialChoice, SOURCE_LABELS, type AttendanceChoice } from './attendanceChoices';
import { AttendanceRows } from './AttendanceRows';

interface LoadedReport {
  fileName: string;
  report: AttendanceReport;
  matches: AttendanceMatch[];
}

async function readReport(file: File, participants: readonly Participant[]): Promise<LoadedReport> {
  // The file's own bytes: the parser detects UTF-16 Teams reports and legacy encodings itself.
  const report = parseAttendanceReport(new Uint8Array(await file.arrayBuffer()));
  return { fileName: file.name, report, matches: matchAttendance(report.people, participants) };
}

/**
 * Imports the attendance report Zoom or Teams exports, chosen or dropped: each
 * person in it is matched to a participant (or added), uncertain matches are
 * marked for checking, and screen names mapped by hand are remembered as aliases.
 */
export function ImportAttendanceDialog() {
  const participants = useMeetingStore((state) => state.meeting.participants);
  const close = useUiStore((state) => state.closeDialog);
  const [loaded, setLoaded] = useState<LoadedReport | null>(null);
  const [choices, setChoices] = useState<AttendanceChoice[]>([]);
  const [markMissingAbsent, setMarkMissingAbsent] = useState(true);

  const load = async (file: File | undefined) => {
    if (!file) return;
    const next = await readReport(file, participants);
    setLoaded(next);
    setChoices(next.matches.map(initialChoice));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void load(event.dataTransfer.files[0]);
  };
  const apply = () => {
    if (!loaded) return;
    applyAttendanceDecisions(decisionsFrom(loaded.matches, choices), markMissingAbsent);
    close();
  };

  return (
    <div className="modal-backdrop">
      <div className="modal modal--wide" role="dialog" aria-modal="true" aria-labelledby="import-attendance-title"
        onKeyDown={(event) => { if (event.key === 'Escape') close(); }}>
        <h2 id="import-attendance-title">Import attendance report</h2>
        <div className="drop-zone" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
          <label htmlFor="attendance-file">Zoom participants CSV or Teams attendance report (choose or drop the file here)</label>
          <input id="attendance-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" autoFocus
            onChange={(event) => void load(event.target.files?.[0])} />
        </div>
        {loaded ? (
          <>
            <p className="paste-summary" role="status">
              {loaded.fileName}: {SOURCE_LABELS[loaded.report.source] ?? 'not an attendance report'}, {loaded.report.people.length} people
            </p>
            {loaded.report.warnings.length > 0 ? <ul className="paste-warnings">{loaded.report.warnings.map((warning) => <li key={warning}>{warning}</li>)}</ul> : null}
            {loaded.matches.length > 0 ? (
              <AttendanceRows matches={loaded.matches} choices={choices} participants={participants}
                onChoose={(index, choice) => setChoices((current) => current.map((old, at) => (at === index ? choice : old)))} />
            ) : null}
            <label className="paste-mode__option">
              <input type="checkbox" checked={markMissingAbsent} onChange={(event) => setMarkMissingAbsent(event.target.checked)} />
              Mark participants who are not in the report as absent (apologies are kept)
            </label>
          </>
        ) : null}
        <div className="modal__actions">
          <button type="button" className="toolbar-button toolbar-button--primary" disabled={!loaded || loaded.matches.length === 0} onClick={apply}>Apply attendance</button>
          <button type="button" className="toolbar-button" onClick={close}>Cancel</button>
        </div>
      </div>
    </div>
  );
}
