import { basename, dirname } from 'node:path';
import { parseMeetingJson, type AutosaveReply, type MeetingTarget, type NotesSafetyRequestName } from '../../shared/autosave/contract';
import { applyMeetingChanges, type ReceivedNotes } from '../../shared/autosave/notesBlocks';
import type { Meeting } from '../../shared/meeting/schema';
import { BridgeRequestError } from './dispatchRequest';
import type { DocumentInfo } from '../../shared/bridge/contract';
import { meetingFromText, type AutosaveOutcome, type MeetingWriter } from '../services/autosave';
import type { DocumentRegistry } from '../services/documents';
import type { MeetingKeys } from '../services/meetingKeys';
import type { RecoveryTarget } from '../services/recoveryStore';
import type { SessionStore } from '../services/session';
import type { StartupRecovery } from '../services/startupRecovery';
import type { VersionStore } from '../services/versions';
import type { HandlerTable } from './handlerTable';

export interface NotesSafetyHandlerDeps {
  documents: DocumentRegistry;
  writer: MeetingWriter;
  startup: StartupRecovery;
  session: SessionStore;
  versions: VersionStore;
  keys: MeetingKeys;
  /** Messages for the user gathered before the window existed (e.g. preferences set aside); told once. */
  takeStartupNotices: () => string[];
  /** A window finished flushing before quit. */
  onQuitReady?: (report: { safe: boolean; message?: string | undefined }) => void | Promise<void>;
}

export type NotesSafetyHandlers = Pick<HandlerTable, NotesSafetyRequestName>;

/** The bridge's notes-safety requests: handles in, paths only inside main. */
export function createNotesSafetyHandlers(deps: NotesSafetyHandlerDeps): NotesSafetyHandlers {
  const { documents, writer, startup, session } = deps;

  function resolveTarget(target: MeetingTarget): RecoveryTarget {
    return target.kind === 'draft' ? target : { kind: 'file', path: documents.pathOf(target.handle) };
  }

  // Per meeting, the blocks of the last autosave received: the next one sends only what changed (notesBlocks.ts).
  const received = new Map<string, ReceivedNotes>();
  const receivedKey = (target: MeetingTarget) => (target.kind === 'draft' ? target.draftId : target.handle);
  const unreadable = (problem: string) => new BridgeRequestError(`Invalid "autosaveMeeting" request: the meeting could not be read, because ${problem}.`);

  function documentOf(handle: string, path: string): DocumentInfo {
    return { handle, fileName: basename(path), folder: dirname(path) };
  }

  function toResult(target: MeetingTarget, outcome: AutosaveOutcome): AutosaveReply {
    if (outcome.status !== 'saved') return outcome;
    const handle = target.kind === 'file' ? target.handle : '';
    return { status: 'saved', at: outcome.at, document: documentOf(handle, outcome.written.path) };
  }

  return {
    async autosaveMeeting(request) {
      const { target } = request;
      const resolved = resolveTarget(target);
      const key = receivedKey(target);
      let meeting: Meeting;
      let notesParts: string[] | undefined;
      if ('changes' in request) {
        const applied = applyMeetingChanges(request.changes, received.get(key));
        if (!applied.ok && applied.baseUnknown) return { status: 'baseUnknown' };
        received.delete(key);
        if (!applied.ok) throw unreadable(applied.problem);
        received.set(key, applied.received);
        ({ meeting, notesParts } = applied);
      } else {
        received.delete(key);
        const parsed = parseMeetingJson(request.meetingJson);
        if (!parsed.ok) throw unreadable(parsed.problem);
        meeting = parsed.meeting;
      }
      const outcome = await writer.autosave(resolved, meeting, notesParts);
      await session.noteOpen(resolved);
      return toResult(target, outcome);
    },
    async closeMeeting({ target, meeting, quitting }) {
      received.delete(receivedKey(target));
      const resolved = resolveTarget(target);
      await writer.close(resolved, meeting, { quitting });
      if (!quitting) await session.noteClosed(resolved);
      return {};
    },
    async adoptDraft({ draftId, handle }) {
      await writer.adoptDraft(draftId, documents.pathOf(handle));
      return {};
    },
    async restoreSession() {
      return { ...(await startup.restoreSession()), notices: deps.takeStartupNotices() };
    },
    async restoreRecoveryOffer({ offerId }) {
      const result = await startup.restoreOffer(offerId);
      if (result.status === 'restored' && result.reopened.target.kind === 'draft') await session.noteOpen(result.reopened.target);
      return result;
    },
    async discardRecoveryOffer({ offerId }) {
      return { discarded: await startup.discardOffer(offerId) };
    },
    async resolveExternalChange({ handle, choice, mine }) {
      const path = documents.pathOf(handle);
      if (choice === 'keepMine') {
        await writer.keepMine(path);
        return { status: 'keptMine' };
      }
      const theirs = await writer.loadTheirs(path, mine);
      return theirs.ok ? { status: 'loadedTheirs', meeting: theirs.meeting, readOnly: theirs.readOnly } : { status: 'failed', message: theirs.error.message };
    },
    async listVersions({ target }) {
      return { versions: await deps.versions.list(await deps.keys.keyOf(resolveTarget(target))) };
    },
    async restoreVersion({ target, versionId, current }) {
      const resolved = resolveTarget(target);
      const key = await deps.keys.keyOf(resolved);
      const version = (await deps.versions.list(key)).find((v) => v.versionId === versionId);
      const meeting = version && meetingFromText(await deps.versions.read(key, versionId));
      if (!version || !meeting) return { status: 'failed', message: 'That version could not be read back; the notes were not changed.' };
      // Taken before anything changes, so the restore itself can be undone from the same list.
      let currentKeptAs;
      try {
        currentKeptAs = (await writer.snapshot(resolved, current, 'before-restore')) ?? null;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { status: 'failed', message: `The current notes could not be kept as a version first (${reason}), so nothing was restored.` };
      }
      return { status: 'restored', meeting, restoredAt: version.at, currentKeptAs };
    },
    async snapshotVersion({ target, meeting }) {
      // An import goes ahead even if its version could not be kept: the undo history still has it.
      const taken = await writer.snapshot(resolveTarget(target), meeting, 'before-import').catch(() => undefined);
      return { taken: taken !== undefined };
    },
    async quitReady(report) {
      await deps.onQuitReady?.(report);
      return {};
    },
  };
}
