import { useUiStore } from '../store/uiStore';
import { PasteAgendaDialog } from './agenda/PasteAgendaDialog';
import { FindReplaceBar } from './editorChrome/FindReplaceBar';
import { LinkDialog } from './editorChrome/LinkDialog';
import { ImportAttendanceDialog } from './participants/ImportAttendanceDialog';
import { PasteParticipantsDialog } from './participants/PasteParticipantsDialog';
import { ExportDialog } from './export/ExportDialog';

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
    case 'link':
      return <LinkDialog />;
    case 'find':
      return <FindReplaceBar />;
    case 'pasteParticipants':
      return <PasteParticipantsDialog />;
    case 'importAttendance':
      return <ImportAttendanceDialog />;
    case 'export':
      return <ExportDialog />;
    default:
      queueMicrotask(() => useUiStore.getState().closeDialog());
      return null;
  }
}
