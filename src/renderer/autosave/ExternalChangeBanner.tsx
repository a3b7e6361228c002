import { useState } from 'react';
import { getBridge } from '../bridge';
import { currentMeeting, saveMeetingAs } from '../commands/fileCommands';
import { useMeetingStore } from '../store/meetingStore';
import { autosaveIdle, flushAutosave } from './autosaveController';
import { useSafetyStore } from './safetyStore';

/**
 * The open file was changed by another program: it is never overwritten
 * silently, the user chooses. Not modal and it takes no focus: the rapporteur
 * may be typing when it appears, and keys must keep going to the notes (which
 * go on reaching the recovery store), never press one of these buttons.
 */
export function ExternalChangeBanner() {
  const pending = useSafetyStore((state) => state.conflictPending);
  const document = useMeetingStore((state) => state.document);
  const [busy, setBusy] = useState(false);
  if (!pending || !document) return null;

  async function choose(job: () => Promise<void>) {
    setBusy(true);
    useSafetyStore.setState({ conflictPending: false, conflictDeferred: false });
    try {
      // An autosave captured before this choice must not land after it.
      await autosaveIdle();
      await job();
    } catch (error) {
      useMeetingStore.getState().showError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const keepMine = () => choose(async () => {
    const result = await getBridge().resolveExternalChange({ handle: document.handle, choice: 'keepMine', mine: currentMeeting() });
    if (result.status === 'failed') return useMeetingStore.getState().showError(result.message);
    await flushAutosave({ force: true });
  });

  const loadTheirs = () => choose(async () => {
    const result = await getBridge().resolveExternalChange({ handle: document.handle, choice: 'loadTheirs', mine: currentMeeting() });
    if (result.status === 'failed') return useMeetingStore.getState().showError(result.message);
    if (result.status !== 'loadedTheirs') return;
    useMeetingStore.getState().loadMeeting(result.meeting, document, {
      readOnly: result.readOnly,
      notice: 'Loaded the file as it is on disk. Your version was kept: File › Restore Previous Version… brings it back.',
    });
  });

  const saveCopy = () => choose(async () => {
    await saveMeetingAs();
    // Cancelled: the file still differs, so the choice is still open.
    if (useMeetingStore.getState().document?.handle === document.handle) useSafetyStore.setState({ conflictPending: true });
  });

  const later = () => useSafetyStore.setState({ conflictPending: false, conflictDeferred: true });

  return (
    <div className="banner banner--warning" role="alertdialog" aria-modal="false" aria-labelledby="external-change-title" data-testid="external-change">
      <span>
        <strong id="external-change-title">“{document.fileName}” was changed by another program.</strong>{' '}
        It was not overwritten, and your notes are safe in recovery. Which version do you want?
      </span>
      <button type="button" className="toolbar-button toolbar-button--primary" disabled={busy} onClick={() => void keepMine()}>Keep mine</button>
      <button type="button" className="toolbar-button" disabled={busy} onClick={() => void loadTheirs()}>Load theirs</button>
      <button type="button" className="toolbar-button" disabled={busy} onClick={() => void saveCopy()}>Save mine as a copy…</button>
      <button type="button" className="toolbar-button" disabled={busy} onClick={later}>Decide later</button>
    </div>
  );
}
