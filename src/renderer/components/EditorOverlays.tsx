import { useUiStore } from '../store/uiStore';
import { PasteAgendaDialog } from './agenda/PasteAgendaDialog';

/**
 * The dialogs and bars opened by commands, one at a time. Each feature adds its
 * dialog here; a kind without one yet closes at once rather than trapping focus.
 */
export function EditorOverlays() {
  const dialog = useUiStore((state) => state.dialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'pasteAgenda':
      return <PasteAgendaDialog />;
    default:
      queueMicrotask(() => useUiStore.getState().closeDialog());
      return null;
  }
}
