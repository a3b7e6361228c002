import { useEffect } from 'react';
import type { Meeting } from '../../shared/meeting/schema';
import { getBridge } from '../bridge';
import { currentMeeting } from '../commands/fileCommands';
import { useMeetingStore } from '../store/meetingStore';
import { flushAutosave, noteMeetingChange } from './autosaveController';
import { currentTarget } from './meetingTarget';
import { useSafetyStore } from './safetyStore';
import { restoreSessionOnce } from './startup';

/** Quit, window close, log-out or shutdown: flush, keep a version at close, and tell main whether the notes are safe. */
export async function flushBeforeQuit(): Promise<void> {
  await flushAutosave();
  const { readOnly, saveStatus } = useMeetingStore.getState();
  const target = currentTarget();
  if (target && !readOnly) await getBridge().closeMeeting({ target, meeting: currentMeeting(), quitting: true }).catch(() => undefined);
  const unsafe = saveStatus.kind === 'notSavedAnywhere';
  await getBridge().quitReady(unsafe ? { safe: false, message: saveStatus.message } : { safe: true });
}

/**
 * Whether the meeting outside the notes really changed. The editor mirrors its
 * agenda into the store when it loads (an equal copy): that is not an edit, and
 * opening a file must not rewrite it.
 */
function meetingChanged(before: Meeting, after: Meeting): boolean {
  for (const key of Object.keys(after) as Array<keyof Meeting>) {
    if (before[key] === after[key]) continue;
    if (key === 'agenda' && JSON.stringify(before.agenda) === JSON.stringify(after.agenda)) continue;
    return true;
  }
  return false;
}

/** The app-wide part of keeping notes safe; the editor's part is AutosavePlugin. */
export function useNotesSafety(): void {
  useEffect(() => {
    void restoreSessionOnce().catch((error: unknown) => {
      useMeetingStore.getState().showError(`The meetings open last time could not be reopened: ${error instanceof Error ? error.message : String(error)}`);
    });
    const offQuit = getBridge().onFlushBeforeQuit(() => void flushBeforeQuit());
    // Details, participants, the clock: every change of the meeting outside the editor.
    const offMeeting = useMeetingStore.subscribe((state, previous) => {
      if (state.session === previous.session && meetingChanged(previous.meeting, state.meeting)) noteMeetingChange();
      // A question about the file on disk belongs to the meeting that was open.
      if (state.session !== previous.session) useSafetyStore.setState({ conflictPending: false, conflictDeferred: false });
    });
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flushAutosave();
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      offQuit();
      offMeeting();
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);
}
