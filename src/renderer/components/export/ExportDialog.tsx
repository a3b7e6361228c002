import { useDeferredValue, useMemo, useState } from 'react';
import type { ReportFormatName } from '../../../shared/bridge/contract';
import type { MeetingMetadata } from '../../../shared/meeting/schema';
import { buildReport, reportToHtml, reportToText } from '../../../shared/report';
import { findExportChecks } from '../../../shared/report/exportChecks';
import { suggestedMeetingName } from '../../../shared/fileNames';
import { getBridge } from '../../bridge';
import { currentMeeting } from '../../commands/fileCommands';
import { useMeetingStore } from '../../store/meetingStore';
import { useUiStore } from '../../store/uiStore';
import { ExportChecksList } from './ExportChecksList';
import { jumpToPlace } from './jumpToPlace';
import { reportPreviewBody } from './reportPreviewHtml';
import { ReportTemplatesEditor } from './ReportTemplatesEditor';

const FORMATS: Array<{ value: ReportFormatName; label: string }> = [
  { value: 'docx', label: 'Word (.docx)' }, { value: 'html', label: 'Web page (.html)' },
  { value: 'md', label: 'Markdown (.md)' }, { value: 'txt', label: 'Plain text (.txt)' },
];

/**
 * The report exactly as the mailing list will see it, with what looks wrong
 * listed first; the group's sentences and options change the preview live.
 */
export function ExportDialog() {
  const close = useUiStore((state) => state.closeDialog);
  const metadata = useMeetingStore((state) => state.meeting.metadata);
  const readOnly = useMeetingStore((state) => state.readOnly);
  const updateMetadata = useMeetingStore((state) => state.updateMetadata);
  // The notes are read once when the dialog opens: the editor is not being typed in meanwhile.
  const [snapshot] = useState(currentMeeting);
  const [format, setFormat] = useState<ReportFormatName>('docx');
  const [includeItemsWithoutNotes, setIncludeItemsWithoutNotes] = useState(false);
  const [includeApologies, setIncludeApologies] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const liveMetadata = useDeferredValue(metadata);
  const meeting = useMemo(() => ({ ...snapshot, metadata: liveMetadata }), [snapshot, liveMetadata]);
  const report = useMemo(() => buildReport(meeting, { includeItemsWithoutNotes, includeApologies }), [meeting, includeItemsWithoutNotes, includeApologies]);
  const previewHtml = useMemo(() => reportPreviewBody(report), [report]);
  const checks = useMemo(() => findExportChecks(snapshot), [snapshot]);
  const set = <K extends keyof MeetingMetadata>(key: K, value: MeetingMetadata[K]) => updateMetadata({ [key]: value } as Partial<MeetingMetadata>);

  const exportFile = async () => {
    setOutcome(null);
    const result = await getBridge().exportReport({
      meeting, format, includeItemsWithoutNotes, includeApologies,
      suggestedName: suggestedMeetingName(meeting.metadata) || 'Summary report',
    });
    if (result.status === 'exported') setOutcome({ tone: 'ok', text: `Exported ${result.fileName} to ${result.folder}.` });
    else if (result.status === 'failed') setOutcome({ tone: 'error', text: result.message });
  };
  const copyForEmail = async () => {
    await getBridge().copyReportToClipboard({ html: reportToHtml(report), text: reportToText(report) });
    setOutcome({ tone: 'ok', text: 'The report is on the clipboard: paste it into your e-mail.' });
  };

  return (
    <div className="modal-backdrop">
      <div className="modal modal--export" role="dialog" aria-modal="true" aria-labelledby="export-title" onKeyDown={(event) => { if (event.key === 'Escape') close(); }}>
        <header className="export-header">
          <h2 id="export-title">Export the summary report</h2>
          <button type="button" className="banner__close" onClick={close} aria-label="Close export">×</button>
        </header>
        <div className="export-body">
          <aside className="export-options" aria-label="Report options">
            <ExportChecksList checks={checks} onJump={(check) => { close(); jumpToPlace(check.place); }} />
            <label>Format
              <select value={format} onChange={(event) => setFormat(event.target.value as ReportFormatName)}>
                {FORMATS.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
              </select>
            </label>
            <label>Status
              <select value={metadata.status} disabled={readOnly} onChange={(event) => set('status', event.target.value as MeetingMetadata['status'])}>
                <option value="live">Live</option><option value="draft">Draft (marked DRAFT)</option><option value="circulated">Circulated</option>
              </select>
            </label>
            <label>Speaker names
              <select value={metadata.namingRule} disabled={readOnly} onChange={(event) => set('namingRule', event.target.value as MeetingMetadata['namingRule'])}>
                <option value="first-full-then-short">Full name first, then short name</option>
                <option value="always-full">Always the full name</option>
                <option value="always-short">Always the short name</option>
              </select>
            </label>
            <label className="checkbox"><input type="checkbox" checked={includeItemsWithoutNotes} onChange={(e) => setIncludeItemsWithoutNotes(e.target.checked)} /> Include agenda items without notes</label>
            <label className="checkbox"><input type="checkbox" checked={includeApologies} onChange={(e) => setIncludeApologies(e.target.checked)} /> List apologies separately</label>
            <ReportTemplatesEditor templates={metadata.templates} readOnly={readOnly} onChange={(templates) => set('templates', templates)} />
          </aside>
          <article className="report-preview" aria-label="Report preview" data-testid="report-preview" dangerouslySetInnerHTML={{ __html: previewHtml }} />
        </div>
        <footer className="modal__actions">
          {outcome ? <span className={`export-outcome export-outcome--${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : 'status'}>{outcome.text}</span> : null}
          <button type="button" className="toolbar-button" onClick={() => void copyForEmail()}>Copy for email</button>
          <button type="button" className="toolbar-button toolbar-button--primary" onClick={() => void exportFile()}>Export {FORMATS.find((f) => f.value === format)!.label}…</button>
        </footer>
      </div>
    </div>
  );
}
