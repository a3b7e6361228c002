import type { AutosaveReply, AutosaveResult, MeetingTarget } from '../../shared/autosave/contract';
import type { MeetingChanges } from '../../shared/autosave/notesBlocks';
import { createAutosaveScheduler, type SaveOutcome, type SchedulerClock } from '../../shared/autosave/scheduler';
import { SHOW_SAVING_AFTER_MS } from '../../shared/autosave/timing';
import { getBridge } from '../bridge';
import { currentMeeting } from '../commands/fileCommands';
import { getCurrentEditor } from '../editor/editorHandle';
import { useMeetingStore, type SaveStatus } from '../store/meetingStore';
import { meetingPartsWithNotes, resetMeetingJsonCache } from './meetingJson';
import { currentTarget, sameTarget } from './meetingTarget';
import { useSafetyStore } from './safetyStore';
import { changesSinceReceived, forgetReceived, noteReceived, type MeetingParts } from './sentChanges';

/** performance.measure names: the renderer's own work per autosave (changed blocks to JSON text, and the changes since main's last save), and handing them to the bridge. */
export const AUTOSAVE_CAPTURE_MEASURE = 'rapporteur:autosave-capture';
export const AUTOSAVE_HANDOVER_MEASURE = 'rapporteur:autosave-handover';

const browserClock: SchedulerClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (timer) => window.clearTimeout(timer as number),
};

function statusFor(result: AutosaveResult): SaveStatus {
  switch (result.status) {
    case 'saved': return { kind: 'saved', at: result.at };
    case 'draftSaved': return { kind: 'draft', at: result.at };
    case 'saving': return { kind: 'saving' };
    case 'recoveryOnly': return result.code === 'read-only'
      ? { kind: 'readOnlyFile', at: result.at, message: result.message }
      : { kind: 'recoveryOnly', at: result.at, message: result.message };
    case 'conflict': return { kind: 'recoveryOnly', at: result.at, message: result.message };
    case 'notSavedAnywhere': return { kind: 'notSavedAnywhere', message: result.message };
  }
}

/** Only a file or draft write clears the dirty mark; recovery alone does not put the notes where the user keeps them. */
export function applyAutosaveResult(result: AutosaveResult): void {
  const reachedDestination = result.status === 'saved' || result.status === 'draftSaved';
  useMeetingStore.setState((state) => ({ saveStatus: statusFor(result), dirty: state.dirty || !reachedDestination }));
  if (result.status === 'conflict' && !useSafetyStore.getState().conflictDeferred) useSafetyStore.setState({ conflictPending: true });
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type Capture = { parts: MeetingParts; changes: MeetingChanges } | { meetingJson: string };

/**
 * The meeting in parts, re-serialising only the blocks of notes edited since the last
 * capture, and as the changes since the last save main answered; or, without an
 * editor, the whole meeting as JSON text.
 */
function captureMeeting(target: MeetingTarget): Capture {
  const editor = getCurrentEditor();
  if (!editor) return { meetingJson: JSON.stringify(currentMeeting()) };
  try {
    const parts = meetingPartsWithNotes(useMeetingStore.getState().meeting, editor);
    return { parts, changes: changesSinceReceived(target, parts) };
  } catch {
    // The shortcut must never cost a save: the whole capture is what it stands for.
    resetMeetingJsonCache();
    return { meetingJson: JSON.stringify(currentMeeting()) };
  }
}

/** Hands a capture to main; changes that build on a save main no longer holds go again, whole. */
async function sendCapture(target: MeetingTarget, capture: Capture): Promise<AutosaveResult> {
  const bridge = getBridge();
  if ('meetingJson' in capture) {
    forgetReceived();
    return replyAsResult(await bridge.autosaveMeeting({ target, meetingJson: capture.meetingJson }));
  }
  try {
    let { changes } = capture;
    let reply = await bridge.autosaveMeeting({ target, changes });
    if (reply.status === 'baseUnknown') {
      changes = changesSinceReceived(target, capture.parts, { whole: true });
      reply = await bridge.autosaveMeeting({ target, changes });
    }
    const result = replyAsResult(reply);
    noteReceived(target, changes, capture.parts);
    return result;
  } catch (error) {
    forgetReceived();
    throw error;
  }
}

function replyAsResult(reply: AutosaveReply): AutosaveResult {
  if (reply.status === 'baseUnknown') throw new Error('main asked for every block of a save that sent them all');
  return reply;
}

/** One autosave: runs in a timer task, never inside a keystroke's handling. */
async function saveCurrentMeeting(): Promise<SaveOutcome> {
  const state = useMeetingStore.getState();
  const target = currentTarget();
  if (!target || state.readOnly) return 'done';
  const started = performance.now();
  const capture = captureMeeting(target);
  const captured = performance.now();
  useMeetingStore.setState({ dirty: false });
  const sent = sendCapture(target, capture);
  performance.measure(AUTOSAVE_CAPTURE_MEASURE, { start: started, end: captured });
  performance.measure(AUTOSAVE_HANDOVER_MEASURE, { start: captured, end: performance.now() });
  const slow = window.setTimeout(() => {
    if (useMeetingStore.getState().session === state.session) useMeetingStore.setState({ saveStatus: { kind: 'saving' } });
  }, SHOW_SAVING_AFTER_MS);
  let result: AutosaveResult;
  try {
    result = await sent;
  } catch (error) {
    result = { status: 'notSavedAnywhere', message: `Rapporteur could not hand your notes over to be saved (${describeError(error)}). Keep the app open and use Save As.` };
  } finally {
    window.clearTimeout(slow);
  }
  // Another meeting was loaded, or this one saved under a new name, meanwhile: the result is about the one left.
  if (useMeetingStore.getState().session !== state.session || !sameTarget(target, currentTarget())) return 'done';
  applyAutosaveResult(result);
  // A slow write is asked about again (it is joined, not repeated) until it says how it went.
  return result.status === 'recoveryOnly' || result.status === 'notSavedAnywhere' || result.status === 'saving' ? 'retry' : 'done';
}

const scheduler = createAutosaveScheduler({ clock: browserClock, save: saveCurrentMeeting });

/** Constant time: called for every change. */
export function noteMeetingChange(): void {
  scheduler.noteChange();
}

/** Hands pending changes over now; with force, saves even when nothing changed (Save). */
export function flushAutosave(options?: { force?: boolean }): Promise<void> {
  return scheduler.flush(options);
}

/** Waits for a save in flight, so a decision about the file is not overtaken by a state captured before it. */
export function autosaveIdle(): Promise<void> {
  return scheduler.idle();
}
