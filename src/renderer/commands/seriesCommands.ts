import type { Meeting } from '../../shared/meeting/schema';
import { noteMeetingChange } from '../autosave/autosaveController';
import { closeLeftMeeting, readyToLeaveMeeting } from '../autosave/meetingSwitch';
import { meetingBeingLeft } from '../autosave/meetingTarget';
import { getBridge } from '../bridge';
import { useMeetingStore } from '../store/meetingStore';
import { useUiStore } from '../store/uiStore';
import type { CommandHandler } from './commandHandlers';
import { applyOpenResult } from './fileCommands';

/**
 * Replaces the open meeting with one made from a previous meeting or a group
 * profile. The open meeting's last changes are saved first, as File › New does;
 * the new meeting is kept in its draft at once, since it already holds work.
 */
export async function loadPreparedMeeting(meeting: Meeting): Promise<boolean> {
  if (!(await readyToLeaveMeeting())) return false;
  const left = meetingBeingLeft();
  useMeetingStore.getState().loadMeeting(meeting, null);
  closeLeftMeeting(left);
  useMeetingStore.getState().markDirty();
  noteMeetingChange();
  return true;
}

/** Opens a meeting of the library, as File › Open would. */
export async function openLibraryMeeting(entryId: string): Promise<void> {
  if (!(await readyToLeaveMeeting())) return;
  applyOpenResult(await getBridge().openLibraryMeeting({ entryId }));
}

const open = (kind: 'newFromPrevious' | 'profiles' | 'importReport' | 'library'): CommandHandler => () => useUiStore.getState().openDialog({ kind });

export const seriesCommandHandlers = {
  'file.newFromPrevious': open('newFromPrevious'),
  'file.library': open('library'),
  'file.groupProfiles': open('profiles'),
  'file.importReport': open('importReport'),
} satisfies Record<string, CommandHandler>;
