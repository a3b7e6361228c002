import { basename, resolve } from 'node:path';
import type { VersionInfo } from '../../shared/autosave/contract';
import { countWords, isBlankMeeting } from '../../shared/autosave/meetingText';
import { VERSION_INTERVAL_MS } from '../../shared/autosave/timing';
import { parseMeetingFile, serializeMeetingFile } from '../../shared/meeting/fileFormat';
import type { Meeting } from '../../shared/meeting/schema';
import { draftFailedMessage, fileProblemOf, KEPT_IN_RECOVERY, notSavedAnywhereMessage } from './autosaveMessages';
import type { DraftStore } from './drafts';
import type { FileFingerprint } from './fileFingerprint';
import type { FileSystem } from './fileSystem';
import { createKeyedQueue } from './keyedQueue';
import { createKnownFiles, ExternalChangeError } from './knownFiles';
import { createLatestOnly, type LatestOnly } from './latestOnly';
import type { MeetingKeys } from './meetingKeys';
import { readMeetingFile, saveMeetingText, type ReadMeetingFileResult } from './meetingFiles';
import type { RecoveryStore, RecoveryTarget } from './recoveryStore';
import { sha256Text } from './recoveryRecords';
import { toSaveError, type SaveErrorCode } from './saveError';
import type { WrittenFile } from './safeWrite';
import type { VersionStore } from './versions';

export type AutosaveOutcome =
  | { status: 'saved'; at: string; written: WrittenFile }
  /** The recovery store has the notes; the file or draft write is still going on (a slow disk). */
  | { status: 'saving'; at: string }
  | { status: 'draftSaved'; at: string }
  | { status: 'recoveryOnly'; at: string; code: SaveErrorCode; message: string }
  | { status: 'conflict'; at: string; message: string }
  | { status: 'notSavedAnywhere'; message: string };

/**
 * The one writer of meeting content. Every save goes to the recovery store
 * first, then to its destination through the verified save: the user's file
 * (after checking nobody else changed it) or the untitled meeting's draft.
 */
export interface MeetingWriter {
  /** `notesParts`: `JSON.stringify(meeting.notes)` in parts, when the caller has it already (built from the blocks kept between saves). */
  autosave(target: RecoveryTarget, meeting: Meeting, notesParts?: readonly string[]): Promise<AutosaveOutcome>;
  /** Save As (and Save): the same order; throws a SaveError the user can read. */
  saveToPath(path: string, meeting: Meeting): Promise<WrittenFile>;
  /**
   * What was on disk when a file was opened; ignored for a file already open (that would hide an outside
   * change). With the meeting, its recovery log is started with it, so the first keystroke's record is a small
   * append. Resolves once that baseline is queued ahead of everything later done to the meeting's log (autosaves,
   * saves, closing, adopting recovered notes), not once it is on disk: `written` settles then (never rejects).
   */
  rememberOpened(path: string, fingerprint: FileFingerprint, meeting?: Meeting): Promise<{ written: Promise<void> }>;
  /** Makes recovered notes (an offer) the recovery log of `target` again, in order with its baseline and autosaves. */
  adoptRecovery(offerId: string, target: RecoveryTarget): Promise<void>;
  /** Keep mine: keeps their file as a version, then lets the next save replace it. */
  keepMine(path: string): Promise<void>;
  /** Load theirs: keeps mine as a version, then reads their file. */
  loadTheirs(path: string, mine: Meeting): Promise<ReadMeetingFileResult>;
  /** Keeps a version now; undefined when it equals the newest one. Throws when it cannot be kept. */
  snapshot(target: RecoveryTarget, meeting: Meeting, reason: string): Promise<VersionInfo | undefined>;
  /** A meeting is closed (another one replaces it, or the app quits). */
  close(target: RecoveryTarget, meeting: Meeting | null, options: { quitting: boolean }): Promise<void>;
  /** An untitled meeting was saved as this file: its draft goes, its versions move to the file. */
  adoptDraft(draftId: string, path: string): Promise<void>;
}

export interface MeetingWriterDeps {
  fs: FileSystem;
  recovery: RecoveryStore;
  drafts: DraftStore;
  versions: VersionStore;
  keys: MeetingKeys;
  clock: () => Date;
  versionIntervalMs?: number;
  /** How long an autosave waits for its file or draft before answering "still saving" (default 200 ms). */
  answerWithinMs?: number;
  warn?: (message: string, error: unknown) => void;
}

const MAX_DURABLE_HASHES = 200;

const delay = (ms: number) => new Promise<void>((done) => { setTimeout(done, ms).unref?.(); });

function orderOf(target: RecoveryTarget): string {
  return target.kind === 'draft' ? target.draftId : `file:${resolve(target.path)}`;
}

export function createMeetingWriter(deps: MeetingWriterDeps): MeetingWriter {
  const { fs, recovery, drafts, versions, keys } = deps;
  const warn = deps.warn ?? ((message, error) => console.warn(message, error));
  const interval = deps.versionIntervalMs ?? VERSION_INTERVAL_MS;
  const queue = createKeyedQueue();
  const known = createKnownFiles({ fs, keys });
  const { stateOf, checkUnchanged } = known;
  const lastSnapshotAt = new Map<string, number>();
  // Hashes of texts known to be in a file or draft: a recovery log ending in one of them holds nothing more.
  const durable = new Set<string>();
  const now = () => deps.clock().toISOString();

  const lanes = new Map<string, LatestOnly<{ target: RecoveryTarget; meeting: Meeting; text: string; at: string }, AutosaveOutcome>>();
  const answerWithinMs = deps.answerWithinMs ?? 200;

  /** The file or draft write of an autosave: one at a time per meeting, the newest text next. */
  function destinationOf(target: RecoveryTarget) {
    const order = orderOf(target);
    let lane = lanes.get(order);
    if (!lane) {
      lane = createLatestOnly(({ target: t, meeting, text, at }) => inOrder(t, async (key) => {
        const outcome = await writeDestination(t, meeting, text, at);
        await snapshotIfDue(key, meeting, text);
        return outcome;
      }));
      lanes.set(order, lane);
    }
    return lane;
  }

  /**
   * Operations on one meeting run in the order they were asked for. The queue is
   * chosen before anything is awaited: an autosave captured before "keep mine"
   * must not land after it because its key took longer to work out.
   */
  function inOrder<T>(target: RecoveryTarget, job: (key: string) => Promise<T>): Promise<T> {
    return queue.run(orderOf(target), async () => job(await keys.keyOf(target)));
  }

  /** Recovery appends have their own queue: a slow file write never holds up the one-second promise. */
  function appendInOrder(target: RecoveryTarget, text: string | (() => string)): Promise<unknown> {
    return queue.run(`recovery:${orderOf(target)}`, async () => recovery.append(await keys.keyOf(target), target, typeof text === 'string' ? text : text()))
      .then(() => undefined, (error: unknown) => error);
  }

  function markDurable(text: string): void {
    durable.add(sha256Text(text));
    if (durable.size > MAX_DURABLE_HASHES) durable.delete(durable.values().next().value!);
  }

  async function writeFile(path: string, text: string, reassurance?: string): Promise<WrittenFile> {
    const state = await stateOf(path);
    const change = await checkUnchanged(path, state);
    // Already on disk, byte for byte (opening a meeting, or Save pressed twice): nothing to write.
    if (change === 'unchanged' && state.fingerprint?.sha256 === sha256Text(text)) {
      markDurable(text);
      return { path: await fs.realpath(path), ...state.fingerprint };
    }
    const written = await saveMeetingText(fs, path, text, reassurance ? { reassurance } : {});
    state.fingerprint = written;
    markDurable(text);
    return written;
  }

  async function writeDestination(target: RecoveryTarget, meeting: Meeting, text: string, at: string): Promise<AutosaveOutcome> {
    if (target.kind === 'draft') {
      try {
        await drafts.write(target.draftId, meeting, KEPT_IN_RECOVERY, text);
        markDurable(text);
        return { status: 'draftSaved', at };
      } catch (error) {
        const saveError = toSaveError(error, drafts.pathOf(target.draftId), KEPT_IN_RECOVERY);
        return { status: 'recoveryOnly', at, code: saveError.code, message: draftFailedMessage(saveError) };
      }
    }
    try {
      return { status: 'saved', at, written: await writeFile(target.path, text, KEPT_IN_RECOVERY) };
    } catch (error) {
      if (error instanceof ExternalChangeError) return { status: 'conflict', at, message: error.message };
      const saveError = toSaveError(error, target.path, KEPT_IN_RECOVERY);
      return { status: 'recoveryOnly', at, code: saveError.code, message: saveError.message };
    }
  }

  async function takeVersion(key: string, meeting: Meeting, text: string, reason: string): Promise<VersionInfo | undefined> {
    try {
      const taken = await versions.take(key, { text, reason, words: countWords(meeting.notes) });
      lastSnapshotAt.set(key, deps.clock().getTime());
      return taken;
    } catch (error) {
      // A version is a convenience on top of the file and the recovery store: never fail a save for it.
      warn(`A version of the meeting could not be kept (${reason}).`, error);
      return undefined;
    }
  }

  async function snapshotIfDue(key: string, meeting: Meeting, text: string): Promise<void> {
    if (!lastSnapshotAt.has(key)) {
      const newest = (await versions.list(key).catch(() => []))[0];
      lastSnapshotAt.set(key, newest ? Date.parse(newest.at) : -Infinity);
    }
    if (deps.clock().getTime() - lastSnapshotAt.get(key)! >= interval) await takeVersion(key, meeting, text, 'auto');
  }

  return {
    async autosave(target, meeting, notesParts) {
      const text = serializeMeetingFile(meeting, notesParts);
      const at = now();
      const recoveryError = await appendInOrder(target, text);
      const written = destinationOf(target).submit({ target, meeting, text, at }, sha256Text(text));
      // Answered "still saving" below, the write goes on; a later autosave reports how it went.
      written.catch((error: unknown) => warn('A meeting could not be written.', error));
      const outcome = await Promise.race([written, delay(answerWithinMs).then((): AutosaveOutcome => ({ status: 'saving', at }))]);
      if (recoveryError === undefined || outcome.status === 'saved' || outcome.status === 'draftSaved') return outcome;
      const name = target.kind === 'file' ? basename(target.path) : 'the draft';
      const problem = toSaveError(recoveryError, '(recovery)', KEPT_IN_RECOVERY);
      return { status: 'notSavedAnywhere', message: notSavedAnywhereMessage(problem, fileProblemOf(outcome, name)) };
    },

    async saveToPath(path, meeting) {
      const text = serializeMeetingFile(meeting);
      return inOrder({ kind: 'file', path }, async (key) => {
        await recovery.append(key, { kind: 'file', path }, text).catch((error: unknown) => warn('The recovery store could not be written.', error));
        return writeFile(path, text);
      });
    },

    async rememberOpened(path, fingerprint, meeting) {
      const state = await stateOf(path);
      if (state.fingerprint || !meeting) {
        state.fingerprint ??= fingerprint;
        return { written: Promise.resolve() };
      }
      state.fingerprint = fingerprint;
      const target = { kind: 'file', path } as const;
      // Queued now, serialised and fsynced later; what reaches the log from the meeting's own queue waits for it too.
      const written = appendInOrder(target, () => serializeMeetingFile(meeting)).then(() => undefined);
      void inOrder(target, () => written);
      return { written };
    },

    adoptRecovery: (offerId, target) => queue.run(`recovery:${orderOf(target)}`, async () => recovery.adoptOffer(offerId, await keys.keyOf(target))),

    async keepMine(path) {
      await inOrder({ kind: 'file', path }, async (key) => {
        const theirs = await readMeetingFile(fs, path);
        if (theirs.ok) await takeVersion(key, theirs.meeting, serializeMeetingFile(theirs.meeting), 'theirs');
        const state = await stateOf(path);
        if (theirs.ok) state.fingerprint = theirs.fingerprint;
        else delete state.fingerprint;
        state.conflict = false;
      });
    },

    async loadTheirs(path, mine) {
      return inOrder({ kind: 'file', path }, async (key) => {
        await takeVersion(key, mine, serializeMeetingFile(mine), 'mine');
        const theirs = await readMeetingFile(fs, path);
        if (!theirs.ok) return theirs;
        const state = await stateOf(path);
        state.fingerprint = theirs.fingerprint;
        state.conflict = false;
        // The recovery log now ends with what the user chose, so the next start offers nothing stale.
        const text = serializeMeetingFile(theirs.meeting);
        await recovery.append(key, { kind: 'file', path }, text).catch((error: unknown) => warn('The recovery store could not be written.', error));
        markDurable(text);
        return theirs;
      });
    },

    async snapshot(target, meeting, reason) {
      return inOrder(target, async (key) => {
        const taken = await versions.take(key, { text: serializeMeetingFile(meeting), reason, words: countWords(meeting.notes) });
        lastSnapshotAt.set(key, deps.clock().getTime());
        return taken;
      });
    },

    async close(target, meeting, { quitting }) {
      await inOrder(target, async (key) => {
        const blank = meeting !== null && isBlankMeeting(meeting);
        if (meeting && !blank) await takeVersion(key, meeting, serializeMeetingFile(meeting), 'close');
        const latest = await recovery.latest(key).catch(() => undefined);
        if (latest && durable.has(latest.sha)) await recovery.discard(key);
        if (target.kind === 'draft' && blank && !quitting) {
          await drafts.remove(target.draftId);
          await recovery.discard(key);
        }
        if (target.kind === 'file' && !quitting) await known.forget(target.path);
      });
    },

    async adoptDraft(draftId, path) {
      await inOrder({ kind: 'draft', draftId }, async () => {
        const fileKey = await keys.keyOf({ kind: 'file', path });
        await versions.moveAll(draftId, fileKey).catch((error: unknown) => warn('The draft\'s versions could not be moved.', error));
        await drafts.remove(draftId);
        await recovery.discard(draftId);
      });
    },
  };
}

/** Parses recovered or versioned text back into a meeting (they were written by serializeMeetingFile). */
export function meetingFromText(text: string): Meeting | undefined {
  const parsed = parseMeetingFile(text, Buffer.byteLength(text));
  return parsed.ok ? parsed.meeting : undefined;
}
