import { useUiStore } from '../store/uiStore';
import { ExternalChangeDialog } from '../autosave/ExternalChangeDialog';
import { RecoveryOfferDialog } from '../autosave/RecoveryOfferDialog';
import { VersionsDialog } from '../autosave/VersionsDialog';
import { PasteAgendaDialog } from './agenda/PasteAgendaDialog';
import { FindReplaceBar } from './editorChrome/FindReplaceBar';
import { LinkDialog } from './editorChrome/LinkDialog';
import { ImportAttendanceDialog } from './participants/ImportAttendanceDialog';
import { PasteParticipantsDialog } from './participants/PasteParticipantsDialog';
import { ExportDialog } from './export/ExportDialog';
import { ShortcutSheet } from './ShortcutSheet';

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
    case 'shortcuts':
      return <ShortcutSheet />;
    case 'recoveryOffers':
      return <RecoveryOfferDialog />;
    case 'externalChange':
      return <ExternalChangeDialog />;
    case 'versions':
      return <VersionsDialog />;
    default:
      queueMicrotask(() => useUiStore.getState().closeDialog());
      return null;
  }
}
