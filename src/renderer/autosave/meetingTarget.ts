import type { MeetingTarget } from '../../shared/autosave/contract';
import type { Meeting } from '../../shared/meeting/schema';
import { currentMeeting } from '../commands/fileCommands';
import { useMeetingStore } from '../store/meetingStore';

/** The open meeting as main knows it: its file's handle, or its draft. */
export function currentTarget(): MeetingTarget | null {
  const { document, draftId } = useMeetingStore.getState();
  if (document) return { kind: 'file', handle: document.handle };
  return draftId ? { kind: 'draft', draftId } : null;
}

export function sameTarget(a: MeetingTarget | null, b: MeetingTarget | null): boolean {
  if (a?.kind === 'file' && b?.kind === 'file') return a.handle === b.handle;
  return a?.kind === 'draft' && b?.kind === 'draft' && a.draftId === b.draftId;
}

/** The meeting being left, taken before another one replaces it in the store and the editor. */
export interface LeftMeeting {
  target: MeetingTarget;
  meeting: Meeting;
}

export function meetingBeingLeft(): LeftMeeting | null {
  const target = currentTarget();
  return target ? { target, meeting: currentMeeting() } : null;
}
