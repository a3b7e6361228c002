import type { OpenResult, SaveResult } from '../../shared/bridge/contract';
import { suggestedMeetingName } from '../../shared/fileNames';
import type { Meeting } from '../../shared/meeting/schema';
import { getBridge } from '../bridge';
import { currentEditorContent } from '../editor/editorHandle';
import { useMeetingStore } from '../store/meetingStore';

/** The meeting as it stands now: the forms' state plus the editor's live notes. */
export function currentMeeting(): Meeting {
  const { meeting } = useMeetingStore.getState();
  return { ...meeting, ...currentEditorContent(meeting) };
}

function confirmDiscard(): boolean {
  const { dirty } = useMeetingStore.getState();
  return !dirty || window.confirm('This meeting has changes that are not saved. Discard them?');
}

export function applyOpenResult(result: OpenResult): void {
  const store = useMeetingStore.getState();
  if (result.status === 'failed') {
    store.showError(result.message);
  } else if (result.status === 'opened') {
    store.loadMeeting(result.meeting, result.document, { readOnly: result.readOnly, notice: result.notice });
  }
}

export async function newMeeting(): Promise<void> {
  if (!confirmDiscard()) return;
  const { meeting } = await getBridge().newMeeting({});
  useMeetingStore.getState().loadMeeting(meeting, null);
}

export async function openMeeting(): Promise<void> {
  if (!confirmDiscard()) return;
  applyOpenResult(await getBridge().openMeeting({}));
}

/** Runs one save through the bridge; whatever happens, the status ends saying where the notes stand. */
async function runSave(send: () => Promise<SaveResult>): Promise<void> {
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
  else useMeetingStore.setState((state) => ({ dirty: true, saveStatus: state.document ? { kind: 'unsaved' } : { kind: 'untitled' } }));
}

export async function saveMeetingAs(): Promise<void> {
  const store = useMeetingStore.getState();
  const meeting = currentMeeting();
  const suggestedName = suggestedMeetingName(meeting.metadata) || store.document?.fileName.replace(/\.minutes$/, '') || 'Untitled meeting';
  await runSave(() => getBridge().saveMeetingAs({ meeting, suggestedName }));
}

export async function saveMeeting(): Promise<void> {
  const { document, readOnly } = useMeetingStore.getState();
  if (!document || readOnly) return saveMeetingAs();
  const meeting = currentMeeting();
  await runSave(() => getBridge().saveMeeting({ handle: document.handle, meeting }));
}
