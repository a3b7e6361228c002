import type { CommandId } from '../../shared/commands/registry';
import { useMeetingStore } from '../store/meetingStore';
import { actionCommandHandlers } from './actionCommands';
import { agendaCommandHandlers } from './agendaCommands';
import { exportCommandHandlers } from './exportCommands';
import { fileCommandHandlers } from './fileCommandHandlers';
import { formatCommandHandlers } from './formatCommands';
import { seriesCommandHandlers } from './seriesCommands';
import { speakerCommandHandlers } from './speakerCommands';
import { spellingCommandHandlers } from './spellingCommands';
import { viewCommandHandlers } from './viewCommands';
import { versionCommandHandlers, withVersionBeforeImports } from './versionCommands';

export type CommandHandler = () => Promise<void> | void;

/** What each command of the registry does in the renderer; the type makes a missing one a compile error. */
export const commandHandlers: Record<CommandId, CommandHandler> = withVersionBeforeImports({
  ...fileCommandHandlers,
  ...exportCommandHandlers,
  ...formatCommandHandlers,
  ...agendaCommandHandlers,
  ...speakerCommandHandlers,
  ...actionCommandHandlers,
  ...seriesCommandHandlers,
  ...viewCommandHandlers,
  ...spellingCommandHandlers,
  ...versionCommandHandlers,
});

export function runCommand(id: CommandId): void {
  Promise.resolve()
    .then(() => commandHandlers[id]())
    .catch((error: unknown) => {
      useMeetingStore.getState().showError(error instanceof Error ? error.message : String(error));
    });
}
