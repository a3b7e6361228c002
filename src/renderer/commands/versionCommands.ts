import type { CommandId } from '../../shared/commands/registry';
import { getBridge } from '../bridge';
import { flushAutosave, noteMeetingChange } from '../autosave/autosaveController';
import { formatWhen } from '../autosave/formatWhen';
import { currentTarget } from '../autosave/meetingTarget';
import { useSafetyStore } from '../autosave/safetyStore';
import { useMeetingStore } from '../store/meetingStore';
import { useUiStore } from '../store/uiStore';
import type { CommandHandler } from './commandHandlers';
import { currentMeeting } from './fileCommands';

/** File › Restore Previous Version…: lists the open meeting's versions (after saving what is on screen). */
export async function openVersions(): Promise<void> {
  const target = currentTarget();
  if (!target) return;
  await flushAutosave();
  // The version an import just asked for is in the list, even when the list is opened at once.
  await versionBeforeImport;
  const { versions } = await getBridge().listVersions({ target });
  useSafetyStore.setState({ versions });
  useUiStore.getState().openDialog({ kind: 'versions' });
}

/** Restores a version into the open meeting; main keeps the notes on screen as a version first. */
export async function restoreVersion(versionId: string): Promise<void> {
  const store = useMeetingStore.getState();
  const target = currentTarget();
  if (!target || store.readOnly) return;
  await flushAutosave();
  const result = await getBridge().restoreVersion({ target, versionId, current: currentMeeting() });
  if (result.status === 'failed') return store.showError(result.message);
  const { document, draftId } = useMeetingStore.getState();
  useMeetingStore.getState().loadMeeting(result.meeting, document, { draftId: draftId ?? undefined });
  useMeetingStore.setState({
    notice: `Restored the version of ${formatWhen(result.restoredAt)}. The notes as they were before are kept as a version too: Restore Previous Version… undoes this.`,
  });
  useMeetingStore.getState().markDirty();
  noteMeetingChange();
}

/** Imports change many things at once: keep a version of the meeting before each one opens. */
const IMPORT_COMMANDS: readonly CommandId[] = ['agenda.paste', 'participants.paste', 'participants.importAttendance'];

/** The last snapshot asked for before an import: the import itself does not wait for it. */
let versionBeforeImport: Promise<unknown> = Promise.resolve();

function keepVersionBeforeImport(): void {
  const target = currentTarget();
  if (!target || useMeetingStore.getState().readOnly) return;
  versionBeforeImport = getBridge().snapshotVersion({ target, meeting: currentMeeting(), reason: 'import' }).catch(() => undefined);
}

export function withVersionBeforeImports(handlers: Record<CommandId, CommandHandler>): Record<CommandId, CommandHandler> {
  const wrapped = { ...handlers };
  for (const id of IMPORT_COMMANDS) {
    const run = handlers[id];
    wrapped[id] = () => {
      keepVersionBeforeImport();
      return run();
    };
  }
  return wrapped;
}

export const versionCommandHandlers = {
  'file.restoreVersion': openVersions,
} satisfies Record<string, CommandHandler>;
