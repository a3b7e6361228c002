import { useEffect } from 'react';
import { commandForChord, isCommandId } from '../../shared/commands/registry';
import { getBridge } from '../bridge';
import { useMeetingStore } from '../store/meetingStore';
import { runCommand } from './commandHandlers';

/**
 * Binds the registry's shortcuts in the page (so browser tests can press them)
 * and runs the commands the native menu sends.
 */
export function useCommandShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing) return;
      const command = commandForChord(event, useMeetingStore.getState().platform);
      if (!command || !isCommandId(command.id)) return;
      event.preventDefault();
      event.stopPropagation();
      runCommand(command.id);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    const unsubscribe = getBridge().onMenuCommand(({ commandId }) => {
      if (isCommandId(commandId)) runCommand(commandId);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      unsubscribe();
    };
  }, []);
}
