import type { ThemeChoice } from '../../shared/bridge/contract';
import { getBridge } from '../bridge';
import { useUiStore } from '../store/uiStore';
import type { CommandHandler } from './commandHandlers';

function chooseTheme(theme: ThemeChoice): CommandHandler {
  return async () => {
    useUiStore.getState().setTheme(theme);
    await getBridge().setTheme({ theme });
  };
}

export const viewCommandHandlers = {
  'view.focusMode': () => useUiStore.getState().setFocusMode(!useUiStore.getState().focusMode),
  'view.themeSystem': chooseTheme('system'),
  'view.themeLight': chooseTheme('light'),
  'view.themeDark': chooseTheme('dark'),
  'help.shortcuts': () => useUiStore.getState().openDialog({ kind: 'shortcuts' }),
} satisfies Record<string, CommandHandler>;
