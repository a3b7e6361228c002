import { useMemo, useState } from 'react';
import type { Meeting } from '../../../shared/meeting/schema';
import { createNextMeeting, type AgendaStart } from '../../../shared/series/nextMeeting';
import { getBridge } from '../../bridge';
import { currentMeeting } from '../../commands/fileCommands';
import { loadPreparedMeeting } from '../../commands/seriesCommands';
import { useMeetingStore } from '../../store/meetingStore';
import { useUiStore } from '../../store/uiStore';
import { meetingSummary } from './meetingSummary';
import { useGroupProfile } from './useGroupProfile';

type Source = { kind: 'open'; meeting: Meeting } | { kind: 'file'; fileName: string; meeting: Meeting };

const AGENDA_CHOICES: Array<{ value: AgendaStart; label: (previous: string) => string }> = [
  { value: 'skeleton', label: () => 'The group’s usual agenda (from its profile)' },
  { value: 'previous', label: (previous) => `The same items as ${previous}` },
  { value: 'none', label: () => 'Only the review of action items' },
];

/**
 * The next meeting of the series in one step, from the open meeting or a
 * chosen file: number, date and time, group, people and open actions carried
 * over, with a preview of what it will be before anything changes.
 */
export function NewFromPreviousDialog() {
  const close = useUiStore((state) => state.closeDialog);
  const documentName = useMeetingStore((state) => state.document?.fileName ?? 'the open meeting');
  const [source, setSource] = useState<Source>(() => ({ kind: 'open', meeting: currentMeeting() }));
  const [problem, setProblem] = useState<string | null>(null);
  const profile = useGroupProfile(source.meeting.metadata);
  const [agendaChoice, setAgendaChoice] = useState<AgendaStart | null>(null);
  const [carryActions, setCarryActions] = useState(true);
  const hasSkeleton = (profile?.agendaSkeleton.length ?? 0) > 0;
  const agenda = agendaChoice ?? (hasSkeleton ? 'skeleton' : 'none');
  const next = useMemo(
    () => createNextMeeting(source.meeting, { agenda, skeleton: profile?.agendaSkeleton ?? [], carryActions }),
    [source, agenda, profile, carryActions],
  );
  const previousName = source.meeting.metadata.number !== undefined ? `meeting ${source.meeting.metadata.number}` : 'the previous meeting';

  const chooseFile = async () => {
    setProblem(null);
    const result = await getBridge().choosePreviousMeeting({});
    if (result.status === 'read') setSource({ kind: 'file', fileName: result.fileName, meeting: result.meeting });
    else if (result.status === 'failed') setProblem(result.message);
  };
  const create = async () => {
    if (await loadPreparedMeeting(next)) close();
  };

  return (
    <div className="modal-backdrop">
      <div className="modal modal--wide" role="dialog" aria-modal="true" aria-labelledby="next-meeting-title" onKeyDown={(event) => { if (event.key === 'Escape') close(); }}>
        <h2 id="next-meeting-title">New meeting from previous</h2>
        <fieldset className="series-choice">
          <legend>Previous meeting</legend>
          <label><input type="radio" name="previous" checked={source.kind === 'open'} onChange={() => setSource({ kind: 'open', meeting: currentMeeting() })} /> The open meeting ({documentName})</label>
          <label>
            <input type="radio" name="previous" checked={source.kind === 'file'} onChange={() => void chooseFile()} />
            {source.kind === 'file' ? ` ${source.fileName}` : ' A meeting file…'}
          </label>
          <button type="button" className="link-button" onClick={() => void chooseFile()}>Choose a meeting file…</button>
          {problem ? <p className="series-problem" role="alert">{problem}</p> : null}
        </fieldset>
        <fieldset className="series-choice">
          <legend>Agenda</legend>
          {AGENDA_CHOICES.filter((choice) => choice.value !== 'skeleton' || hasSkeleton).map((choice) => (
            <label key={choice.value}><input type="radio" name="agenda" checked={agenda === choice.value} onChange={() => setAgendaChoice(choice.value)} /> {choice.label(previousName)}</label>
          ))}
        </fieldset>
        <label className="series-check"><input type="checkbox" checked={carryActions} onChange={(event) => setCarryActions(event.target.checked)} /> Carry the open actions over under “Review of action items”</label>
        <p className="series-preview" data-testid="next-meeting-preview">{meetingSummary(next)}</p>
        <div className="modal__actions">
          <button type="button" className="toolbar-button" onClick={close}>Cancel</button>
          <button type="button" className="toolbar-button toolbar-button--primary" autoFocus onClick={() => void create()}>
            Create {next.metadata.number !== undefined ? `meeting ${next.metadata.number}` : 'the meeting'}
          </button>
        </div>
      </div>
    </div>
  );
}
