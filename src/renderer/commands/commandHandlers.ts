import type { CommandId } from '../../shared/commands/registry';
import { useMeetingStore } from '../store/meetingStore';
import { newMeeting, openMeeting, saveMeeting, saveMeetingAs } from './fileCommands';

/** What each command of the registry does in the renderer. The type makes a missing one a compile error. */
export const commandHandlers: Record<CommandId, () => Promise<void> | void> = {
  'file.new': newMeeting,
  'file.open': openMeeting,
  'file.save': saveMeeting,
  'file.saveAs': saveMeetingAs,
};

export function runCommand(id: CommandId): void {
  Promise.resolve(commandHandlers[id]()).catch((error: unknown) => {
    useMeetingStore.getState().showError(error instanceof Error ? error.message : String(error));
  });
}
