import { basename, dirname, join } from 'node:path';
import type { RecoveryOffer, ReopenedMeeting } from '../../shared/autosave/contract';
import { countWords } from '../../shared/autosave/meetingText';
import type { OpenResult } from '../../shared/bridge/contract';
import { serializeMeetingFile } from '../../shared/meeting/fileFormat';
import { newId } from '../../shared/ids';
import type { Meeting } from '../../shared/meeting/schema';
import { meetingFromText, type MeetingWriter } from './autosave';
import { KEPT_IN_RECOVERY } from './autosaveMessages';
import type { DraftStore } from './drafts';
import { errorCode, type FileSystem } from './fileSystem';
import { sha256Text } from './recoveryRecords';
import type { RecoveredText, RecoveryStore } from './recoveryStore';
import { isTempFileName } from './safeWrite';
import type { SessionStore } from './session';

/**
 * What the app does when it starts: sort the recovery logs left by the last run
 * (a clean quit leaves none; a kill or power cut leaves the last second's
 * notes), reopen the meeting that was open, and offer whatever is newer than
 * its file, with its time, until the user restores or discards it.
 */
export interface StartupRecovery {
  restoreSession(): Promise<{ reopened: ReopenedMeeting | null; offers: RecoveryOffer[] }>;
  restoreOffer(offerId: string): Promise<{ status: 'restored'; reopened: ReopenedMeeting } | { status: 'failed'; message: string }>;
  discardOffer(offerId: string): Promise<boolean>;
}

export interface StartupRecoveryDeps {
  fs: FileSystem;
  recovery: RecoveryStore;
  drafts: DraftStore;
  writer: MeetingWriter;
  session: SessionStore;
  /** Opens a file as File > Open does (validated, given a handle, remembered). */
  openFile: (path: string) => Promise<OpenResult>;
  /** App-owned folders where a killed write may have left a temp file. */
  tempFolders: string[];
  clock: () => Date;
}

const STALE_TEMP_MS = 60_000;
const isDraftId = (id: string) => id.startsWith('draft-');

/** Whether the file already holds these notes: the same bytes, or the same meeting written differently. */
async function fileHolds(fs: FileSystem, path: string, recovered: RecoveredText): Promise<boolean> {
  let text: string;
  try {
    text = Buffer.from(await fs.readFile(path)).toString('utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return false;
    throw error;
  }
  if (sha256Text(text) === recovered.sha) return true;
  const onDisk = meetingFromText(text);
  return onDisk !== undefined && serializeMeetingFile(onDisk) === recovered.text;
}

async function mtimeOf(fs: FileSystem, path: string): Promise<number | null> {
  try {
    return (await fs.stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

function titleOf(meeting: Meeting): string {
  const { groupShortName, seriesName, number } = meeting.metadata;
  const title = [groupShortName, groupShortName ? seriesName : '', number ?? ''].filter((part) => part !== '').join(' ');
  return title || 'Untitled meeting';
}

export function createStartupRecovery(deps: StartupRecoveryDeps): StartupRecovery {
  const { fs, recovery, drafts } = deps;

  async function removeStaleTempFiles(): Promise<void> {
    for (const folder of deps.tempFolders) {
      const names = await fs.readdir(folder).catch(() => [] as string[]);
      for (const name of names.filter(isTempFileName)) {
        const mtime = await mtimeOf(fs, join(folder, name));
        if (mtime !== null && deps.clock().getTime() - mtime > STALE_TEMP_MS) await fs.unlink(join(folder, name)).catch(() => undefined);
      }
    }
  }

  /** A draft's log newer than the draft is folded into it; a file's log newer than the file becomes an offer. */
  async function sortLog(key: string): Promise<void> {
    const latest = await recovery.latest(key);
    if (!latest) return recovery.discard(key);
    const destination = latest.target.kind === 'file' ? latest.target.path : drafts.pathOf(latest.target.draftId);
    if (await fileHolds(fs, destination, latest)) return recovery.discard(key);
    if (latest.target.kind === 'draft') {
      const meeting = meetingFromText(latest.text);
      const draftTime = await mtimeOf(fs, destination);
      if (meeting && (draftTime === null || draftTime <= Date.parse(latest.at))) {
        await drafts.write(latest.target.draftId, meeting, KEPT_IN_RECOVERY);
        return recovery.discard(key);
      }
    }
    await recovery.setAside(key);
  }

  async function offerFromLog(offerId: string): Promise<RecoveryOffer | undefined> {
    const recovered = await recovery.readOffer(offerId).catch(() => undefined);
    const meeting = recovered && meetingFromText(recovered.text);
    if (!recovered || !meeting) return undefined;
    const path = recovered.target.kind === 'file' ? recovered.target.path : drafts.pathOf(recovered.target.draftId);
    const fileTime = await mtimeOf(fs, path);
    return {
      offerId, kind: 'file', title: basename(path), folder: dirname(path), at: recovered.at,
      fileSavedAt: fileTime === null ? null : new Date(fileTime).toISOString(), words: countWords(meeting.notes),
    };
  }

  async function offerFromDraft(draftId: string, mtimeMs: number): Promise<RecoveryOffer | undefined> {
    const read = await drafts.read(draftId);
    if (!read.ok) return undefined;
    return { offerId: draftId, kind: 'draft', title: titleOf(read.meeting), folder: '', at: new Date(mtimeMs).toISOString(), words: countWords(read.meeting.notes) };
  }

  async function reopen(): Promise<ReopenedMeeting | null> {
    const open = await deps.session.read();
    if (open?.kind === 'draft') {
      const read = await drafts.read(open.draftId);
      return read.ok ? { meeting: read.meeting, target: { kind: 'draft', draftId: open.draftId } } : null;
    }
    if (open?.kind !== 'file') return null;
    const opened = await deps.openFile(open.path);
    if (opened.status !== 'opened') return null;
    const notice = opened.notice === undefined ? {} : { notice: opened.notice };
    return { meeting: opened.meeting, target: { kind: 'file', document: opened.document, readOnly: opened.readOnly, ...notice } };
  }

  /** Notes whose file cannot be opened any more come back as an untitled meeting, kept in a new draft. */
  async function restoreAsDraft(recovered: RecoveredText, meeting: Meeting): Promise<ReopenedMeeting> {
    const draftId = newId('draft-');
    await drafts.write(draftId, meeting, KEPT_IN_RECOVERY);
    return { meeting, target: { kind: 'draft', draftId }, recoveredFrom: recovered.at };
  }

  async function restoreLog(offerId: string) {
    const recovered = await recovery.readOffer(offerId);
    const meeting = recovered && meetingFromText(recovered.text);
    if (!recovered || !meeting) return { status: 'failed' as const, message: 'These recovered notes could not be read back.' };
    const opened = recovered.target.kind === 'file' ? await deps.openFile(recovered.target.path) : undefined;
    if (opened?.status !== 'opened') {
      const reopened = await restoreAsDraft(recovered, meeting);
      await recovery.discardOffer(offerId);
      return { status: 'restored' as const, reopened };
    }
    const target = { kind: 'file' as const, path: (recovered.target as { path: string }).path };
    // The file's own content stays reachable: "Restore previous version…" lists it.
    await deps.writer.snapshot(target, opened.meeting, 'before-recovery');
    // Through the writer: the baseline the open above queued must land before the recovered log, not over it.
    await deps.writer.adoptRecovery(offerId, target);
    return {
      status: 'restored' as const,
      reopened: { meeting, target: { kind: 'file' as const, document: opened.document, readOnly: false }, recoveredFrom: recovered.at },
    };
  }

  return {
    async restoreSession() {
      await removeStaleTempFiles();
      for (const key of await recovery.activeKeys()) await sortLog(key);
      const reopened = await reopen();
      const openDraft = reopened?.target.kind === 'draft' ? reopened.target.draftId : undefined;
      const fromLogs = await Promise.all((await recovery.offerIds()).map(offerFromLog));
      const fromDrafts = await Promise.all((await drafts.list()).filter((d) => d.draftId !== openDraft).map((d) => offerFromDraft(d.draftId, d.mtimeMs)));
      const offers = [...fromLogs, ...fromDrafts].filter((offer) => offer !== undefined).sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
      return { reopened, offers };
    },
    async restoreOffer(offerId) {
      if (!isDraftId(offerId)) return restoreLog(offerId);
      const read = await drafts.read(offerId);
      if (!read.ok) return { status: 'failed', message: read.error.message };
      return { status: 'restored', reopened: { meeting: read.meeting, target: { kind: 'draft', draftId: offerId } } };
    },
    async discardOffer(offerId) {
      if (isDraftId(offerId)) {
        await drafts.remove(offerId);
        await recovery.discard(offerId);
      } else {
        await recovery.discardOffer(offerId);
      }
      return true;
    },
  };
}
