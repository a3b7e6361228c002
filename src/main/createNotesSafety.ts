import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenResult } from '../shared/bridge/contract';
import { createNotesSafetyHandlers, type NotesSafetyHandlers } from './ipc/notesSafetyHandlers';
import type { MeetingFileServiceDeps } from './ipc/meetingFileService';
import { createMeetingWriter } from './services/autosave';
import type { DocumentRegistry } from './services/documents';
import { createDraftStore } from './services/drafts';
import type { FileSystem } from './services/fileSystem';
import { createMeetingKeys } from './services/meetingKeys';
import { createRecoveryStore } from './services/recoveryStore';
import { createSessionStore } from './services/session';
import { createStartupRecovery } from './services/startupRecovery';
import { createVersionStore } from './services/versions';

export interface NotesSafetyDeps {
  fs: FileSystem;
  /** The app's data folder (Electron's userData); a throwaway folder when the caller does not care (benchmarks). */
  dataDir?: string | undefined;
  platform: NodeJS.Platform;
  clock: () => Date;
}

export interface NotesSafetyWiring {
  documents: DocumentRegistry;
  openFile: (path: string) => Promise<OpenResult>;
  startupNotices?: string[] | undefined;
  onQuitReady?: ((report: { safe: boolean; message?: string | undefined }) => void) | undefined;
}

/** The data folder's layout: everything the app keeps about notes, away from the user's files. */
export function notesSafetyFolders(dataDir: string) {
  return {
    recovery: join(dataDir, 'recovery'),
    drafts: join(dataDir, 'drafts'),
    versions: join(dataDir, 'versions'),
    session: join(dataDir, 'session.json'),
  };
}

/**
 * Builds the autosave writer, recovery store, drafts, versions and session, and
 * hands back the hooks the file service needs and the bridge handlers.
 */
export function createNotesSafety(deps: NotesSafetyDeps) {
  const { fs, clock } = deps;
  const folders = notesSafetyFolders(deps.dataDir ?? join(tmpdir(), `rapporteur-data-${process.pid}`));
  const keys = createMeetingKeys({ fs, platform: deps.platform });
  const recovery = createRecoveryStore({ fs, folder: folders.recovery, clock });
  const drafts = createDraftStore({ fs, folder: folders.drafts });
  const versions = createVersionStore({ fs, folder: folders.versions, clock });
  const session = createSessionStore({ fs, path: folders.session });
  const writer = createMeetingWriter({ fs, recovery, drafts, versions, keys, clock });

  // Writes an answer does not wait for; `settled` resolves once none is left (tests that restart on the same folder).
  const background = new Set<Promise<unknown>>();
  const inBackground = (work: Promise<unknown>) => {
    background.add(work);
    void work.finally(() => background.delete(work));
  };
  async function settled(): Promise<void> {
    while (background.size > 0) await Promise.all(background);
  }

  const fileHooks: NonNullable<MeetingFileServiceDeps['safety']> = {
    // The open is answered once the recovery baseline is queued (the writer orders everything later done to
    // the meeting's log after it), without waiting for its fsync nor the session's: the file is untouched,
    // a failed baseline only means the first autosave writes the log whole, and the session writes in call order.
    async opened(path, fingerprint, meeting) {
      inBackground((await writer.rememberOpened(path, fingerprint, meeting)).written);
      inBackground(session.noteOpen({ kind: 'file', path }));
    },
    async write(path, meeting) {
      const written = await writer.saveToPath(path, meeting);
      await session.noteOpen({ kind: 'file', path: written.path });
      return written;
    },
  };

  function handlers(wiring: NotesSafetyWiring): NotesSafetyHandlers {
    let notices = [...(wiring.startupNotices ?? [])];
    const startup = createStartupRecovery({
      fs, recovery, drafts, writer, session, clock, openFile: wiring.openFile,
      tempFolders: [folders.recovery, folders.drafts],
    });
    return createNotesSafetyHandlers({
      documents: wiring.documents, writer, startup, session, versions, keys,
      // The window is ready to close once the writes an open did not wait for (its session entry) are done too.
      onQuitReady: wiring.onQuitReady && (async (report) => {
        await settled();
        wiring.onQuitReady?.(report);
      }),
      takeStartupNotices: () => {
        const told = notices;
        notices = [];
        return told;
      },
    });
  }

  return { writer, recovery, fileHooks, handlers, folders, settled };
}
