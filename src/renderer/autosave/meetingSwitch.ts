import type { ReopenedMeeting } from '../../shared/autosave/contract';
import { getBridge } from '../bridge';
import { useMeetingStore } from '../store/meetingStore';
import { flushAutosave, noteMeetingChange } from './autosaveController';
import { currentTarget, meetingBeingLeft, sameTarget, type LeftMeeting } from './meetingTarget';

/**
 * Before another meeting replaces the open one: hand its last changes over and,
 * only if they could not be saved anywhere, ask. New never discards a draft:
 * the draft stays in the app's data folder and is offered at the next start.
 */
export async function readyToLeaveMeeting(): Promise<boolean> {
  await flushAutosave();
  const { saveStatus } = useMeetingStore.getState();
  if (saveStatus.kind !== 'notSavedAnywhere') return true;
  return window.confirm(`Your latest changes are not saved anywhere: ${saveStatus.message}\n\nLeave this meeting and lose them?`);
}

/** Tells main the left meeting is closed (a version at close, tidying its recovery log), unless it is still the open one. */
export function closeLeftMeeting(left: LeftMeeting | null): void {
  if (!left || sameTarget(left.target, currentTarget())) return;
  void getBridge().closeMeeting({ target: left.target, meeting: left.meeting, quitting: false }).catch(() => undefined);
}

function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** Loads a meeting main reopened or recovered; recovered notes are saved to their file or draft at once. */
export function loadReopened(reopened: ReopenedMeeting): void {
  const left = meetingBeingLeft();
  const store = useMeetingStore.getState();
  const { target, meeting } = reopened;
  if (target.kind === 'file') store.loadMeeting(meeting, target.document, { readOnly: target.readOnly, notice: target.notice });
  else store.loadMeeting(meeting, null, { draftId: target.draftId });
  if (reopened.recoveredFrom) {
    useMeetingStore.setState({ notice: `Restored the notes kept in recovery at ${timeOf(reopened.recoveredFrom)}.` });
    store.markDirty();
    noteMeetingChange();
  }
  closeLeftMeeting(left);
}
