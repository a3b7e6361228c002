import type { OpenResult, SaveResult } from '../../shared/bridge/contract';
import { suggestedMeetingName } from '../../shared/fileNames';
import type { Meeting } from '../../shared/meeting/schema';
import { getBridge } from '../bridge';
import { currentEditorContent } from '../editor/editorHandle';
import { useMeetingStore } from '../store/meetingStore';
import type { MeetingTarget } from '../../shared/autosave/contract';
import { flushAutosave } from '../autosave/autosaveController';
import { useSafetyStore } from '../autosave/safetyStore';
import { closeLeftMeeting, readyToLeaveMeeting } from '../autosave/meetingSwitch';
import { currentTarget, meetingBeingLeft, sameTarget } from '../autosave/meetingTarget';

/** The meeting as it stands now: the forms' state plus the editor's live notes. */
export function currentMeeting(): Meeting {
  const { meeting } = useMeetingStore.getState();
  return { ...meeting, ...currentEditorContent(meeting) };
}

export function applyOpenResult(result: OpenResult): void {
  const store = useMeetingStore.getState();
  if (result.status === 'failed') {
    store.showError(result.message);
  } else if (result.status === 'opened') {
    // The same file again (also through another path, letter case or a link): it is already here, edits and all.
    if (result.document.handle === store.document?.handle) {
      useMeetingStore.setState({ notice: `“${result.document.fileName}” is already open.` });
      window.focus();
      return;
    }
    const left = meetingBeingLeft();
    store.loadMeeting(result.meeting, result.document, { readOnly: result.readOnly, notice: result.notice });
    closeLeftMeeting(left);
  }
}

// Leaving a meeting never discards it: its last changes are saved first (to its file or draft).
export async function newMeeting(): Promise<void> {
  if (!(await readyToLeaveMeeting())) return;
  const left = meetingBeingLeft();
  const { meeting } = await getBridge().newMeeting({});
  useMeetingStore.getState().loadMeeting(meeting, null);
  closeLeftMeeting(left);
}

export async function openMeeting(): Promise<void> {
  if (!(await readyToLeaveMeeting())) return;
  applyOpenResult(await getBridge().openMeeting({}));
}

/** Runs one save through the bridge; whatever happens, the status ends saying where the notes stand. */
async function runSave(send: () => Promise<SaveResult>): Promise<void> {
  const before = useMeetingStore.getState();
  useMeetingStore.getState().beginSave();
  let result: SaveResult;
  try {
    result = await send();
  } catch (error) {
    result = { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  const store = useMeetingStore.getState();
  if (result.status === 'saved') store.finishSave(result.document, result.savedAt);
  else if (result.status === 'failed') store.failSave(result.message);
  // Cancelled: nothing changed, so the status goes back to saying where the notes were.
  else useMeetingStore.setState((state) => ({ dirty: state.dirty || before.dirty, saveStatus: before.saveStatus }));
}

export async function saveMeetingAs(): Promise<void> {
  // Pending changes go to the draft or file first, so nothing autosaves there while the dialog is open.
  await flushAutosave();
  const store = useMeetingStore.getState();
  const previous = currentTarget();
  const meeting = currentMeeting();
  const suggestedName = suggestedMeetingName(meeting.metadata) || store.document?.fileName.replace(/\.minutes$/, '') || 'Untitled meeting';
  await runSave(() => getBridge().saveMeetingAs({ meeting, suggestedName }));
  retirePrevious(previous);
}

/** After Save As the meeting lives in the new file: its draft goes (versions move along), or the old file is closed. */
function retirePrevious(previous: MeetingTarget | null): void {
  const now = currentTarget();
  if (!previous || !now || sameTarget(previous, now) || now.kind !== 'file') return;
  const bridge = getBridge();
  const done = previous.kind === 'draft'
    ? bridge.adoptDraft({ draftId: previous.draftId, handle: now.handle })
    : bridge.closeMeeting({ target: previous, meeting: null, quitting: false });
  void done.catch(() => undefined);
}

export async function saveMeeting(): Promise<void> {
  const { document, readOnly } = useMeetingStore.getState();
  if (!document || readOnly) return saveMeetingAs();
  // The same path as autosave (recovery first, outside changes checked), now and even if nothing changed;
  // "Saving…" at once, because the user asked and waits to see it done.
  useMeetingStore.setState({ saveStatus: { kind: 'saving' } });
  // Save asks again about a file changed on disk that the user chose to decide about later.
  useSafetyStore.setState({ conflictDeferred: false });
  await flushAutosave({ force: true });
}
