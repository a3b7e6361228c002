import { useUiStore } from '../store/uiStore';
import { RecoveryOfferDialog } from '../autosave/RecoveryOfferDialog';
import { VersionsDialog } from '../autosave/VersionsDialog';
import { PasteAgendaDialog } from './agenda/PasteAgendaDialog';
import { FindReplaceBar } from './editorChrome/FindReplaceBar';
import { LinkDialog } from './editorChrome/LinkDialog';
import { ImportAttendanceDialog } from './participants/ImportAttendanceDialog';
import { PasteParticipantsDialog } from './participants/PasteParticipantsDialog';
import { ExportDialog } from './export/ExportDialog';
import { ShortcutSheet } from './ShortcutSheet';
import { ActionDialog } from './actions/ActionDialog';
import { LibraryDialog } from './library/LibraryDialog';
import { ImportReportDialog } from './series/ImportReportDialog';
import { NewFromPreviousDialog } from './series/NewFromPreviousDialog';
import { ProfilesDialog } from './series/ProfilesDialog';

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
    case 'versions':
      return <VersionsDialog />;
    case 'action':
      return <ActionDialog target={dialog.target} />;
    case 'newFromPrevious':
      return <NewFromPreviousDialog />;
    case 'profiles':
      return <ProfilesDialog editId={dialog.editId} />;
    case 'importReport':
      return <ImportReportDialog />;
    case 'library':
      return <LibraryDialog />;
    default:
      queueMicrotask(() => useUiStore.getState().closeDialog());
      return null;
  }
}
