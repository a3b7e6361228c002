import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { nodeFileSystem, type FileSystem } from '../../../../src/main/services/fileSystem';
import { AppProcess } from './helpers/appProcess';
import { fsError, fsWith } from './helpers/faultyFileSystem';
import { meetingSaying, textOf } from './helpers/safetyRig';
import { makeTempFolder, removeFolder } from './helpers/tempFolder';

let root: string;
let dataDir: string;
let documents: string;
let file: string;
beforeEach(async () => {
  root = await makeTempFolder('rapporteur-startup-');
  dataDir = join(root, 'userData');
  documents = join(root, 'documents');
  file = join(documents, 'wg.minutes');
  await mkdir(documents, { recursive: true });
});
afterEach(() => removeFolder(root));

/** Writes to the user's documents fail (a full disk there) while `broken()` says so. */
function documentsFailWhile(broken: () => boolean): FileSystem {
  return fsWith({
    open: async (path, flags, mode) => {
      if (broken() && flags === 'wx' && path.startsWith(documents)) throw fsError('ENOSPC', 'open');
      return nodeFileSystem.open(path, flags, mode);
    },
  });
}

describe('starting after a kill, a power cut or a crash', () => {
  it('reopens the file that was open and offers the newer notes from recovery, with their time; restoring saves them to the file', async () => {
    await writeFile(file, serializeMeetingFile(meetingSaying('saved before the crash')));
    const first = new AppProcess(dataDir, { fs: documentsFailWhile(() => true) });
    const handle = await first.open(file);
    const autosaved = await first.autosave({ kind: 'file', handle }, meetingSaying('typed after the disk filled up'));
    expect(autosaved.status).toBe('recoveryOnly');

    const second = new AppProcess(dataDir);
    const restored = await second.request('restoreSession', {});
    expect(restored.reopened?.target).toMatchObject({ kind: 'file', document: { fileName: 'wg.minutes', folder: documents } });
    expect(textOf(restored.reopened!.meeting)).toBe('saved before the crash');
    expect(restored.offers).toEqual([expect.objectContaining({ kind: 'file', title: 'wg.minutes', folder: documents, at: expect.any(String), words: 6 })]);
    expect(Math.abs(Date.parse(restored.offers[0]!.at) - Date.parse((autosaved as { at: string }).at))).toBeLessThan(1000);
    expect(restored.offers[0]!.fileSavedAt).toEqual(expect.any(String));

    const taken = await second.request('restoreRecoveryOffer', { offerId: restored.offers[0]!.offerId });
    if (taken.status !== 'restored' || taken.reopened.target.kind !== 'file') throw new Error('not restored');
    expect(textOf(taken.reopened.meeting)).toBe('typed after the disk filled up');
    expect(taken.reopened.recoveredFrom).toBe(restored.offers[0]!.at);
    const target = { kind: 'file' as const, handle: taken.reopened.target.document.handle };
    expect((await second.autosave(target, taken.reopened.meeting)).status).toBe('saved');
    expect(await readFile(file, 'utf8')).toContain('typed after the disk filled up');
    // What the file held before the restore stays reachable.
    const { versions } = await second.request('listVersions', { target });
    expect(versions.map((v) => v.reason)).toContain('before-recovery');

    const third = new AppProcess(dataDir);
    expect((await third.request('restoreSession', {})).offers).toEqual([]);
  });

  it('keeps offering until the user decides, and discarding removes the notes for good', async () => {
    await writeFile(file, serializeMeetingFile(meetingSaying('on disk')));
    const first = new AppProcess(dataDir, { fs: documentsFailWhile(() => true) });
    const handle = await first.open(file);
    await first.autosave({ kind: 'file', handle }, meetingSaying('only in recovery'));
    const second = new AppProcess(dataDir);
    await second.request('restoreSession', {});
    const third = new AppProcess(dataDir);
    const { offers } = await third.request('restoreSession', {});
    expect(offers).toHaveLength(1);
    expect(await third.request('discardRecoveryOffer', { offerId: offers[0]!.offerId })).toEqual({ discarded: true });
    expect((await new AppProcess(dataDir).request('restoreSession', {})).offers).toEqual([]);
  });

  it('reopens an untitled meeting from its draft, with the newest notes even when only recovery had them', async () => {
    let draftsBroken = false;
    const fs = fsWith({
      rename: async (from, to) => {
        if (draftsBroken && to.includes('drafts')) throw fsError('ENOSPC', 'rename');
        return nodeFileSystem.rename(from, to);
      },
    });
    const first = new AppProcess(dataDir, { fs });
    const target = { kind: 'draft' as const, draftId: 'draft-abcdefghijkl' };
    expect((await first.autosave(target, meetingSaying('draft one'))).status).toBe('draftSaved');
    draftsBroken = true;
    expect((await first.autosave(target, meetingSaying('draft two, recovery only'))).status).toBe('recoveryOnly');

    const second = new AppProcess(dataDir);
    const { reopened, offers } = await second.request('restoreSession', {});
    expect(reopened?.target).toEqual(target);
    expect(textOf(reopened!.meeting)).toBe('draft two, recovery only');
    expect(offers).toEqual([]);
  });

  it('offers the other drafts (New never discards one), and a clean quit leaves nothing to offer', async () => {
    const first = new AppProcess(dataDir);
    const older = { kind: 'draft' as const, draftId: 'draft-olderolderolder' };
    const newer = { kind: 'draft' as const, draftId: 'draft-newernewernewer' };
    await first.autosave(older, meetingSaying('an earlier untitled meeting'));
    await first.request('closeMeeting', { target: older, meeting: meetingSaying('an earlier untitled meeting'), quitting: false });
    await first.autosave(newer, meetingSaying('the meeting open at quit'));
    await first.request('closeMeeting', { target: newer, meeting: meetingSaying('the meeting open at quit'), quitting: true });
    await first.request('quitReady', { safe: true });
    expect(first.quitReports).toEqual([{ safe: true }]);

    const { reopened, offers } = await new AppProcess(dataDir).request('restoreSession', {});
    expect(reopened?.target).toEqual(newer);
    expect(offers).toEqual([expect.objectContaining({ offerId: older.draftId, kind: 'draft', title: 'Untitled meeting', words: 4 })]);
    expect(await readdir(join(dataDir, 'recovery')).catch(() => [])).toEqual([]);
  });

  it('still recovers everything before a torn last record', async () => {
    const first = new AppProcess(dataDir, { fs: documentsFailWhile(() => true) });
    await writeFile(file, serializeMeetingFile(meetingSaying('on disk')));
    const handle = await first.open(file);
    await first.autosave({ kind: 'file', handle }, meetingSaying('first'));
    await first.autosave({ kind: 'file', handle }, meetingSaying('first and second'));
    const [log] = (await readdir(join(dataDir, 'recovery'))).filter((name) => name.endsWith('.log'));
    await appendFile(join(dataDir, 'recovery', log!), 'RR1 812 5f3a');
    const second = new AppProcess(dataDir);
    const { offers } = await second.request('restoreSession', {});
    const taken = await second.request('restoreRecoveryOffer', { offerId: offers[0]!.offerId });
    expect(taken.status === 'restored' && textOf(taken.reopened.meeting)).toBe('first and second');
  });

  it('brings notes back as an untitled meeting when their file and folder are gone', async () => {
    await writeFile(file, serializeMeetingFile(meetingSaying('on a share')));
    const first = new AppProcess(dataDir, { fs: documentsFailWhile(() => true) });
    const handle = await first.open(file);
    await first.autosave({ kind: 'file', handle }, meetingSaying('typed, then the share vanished'));
    await rm(documents, { recursive: true });
    const second = new AppProcess(dataDir);
    const { reopened, offers } = await second.request('restoreSession', {});
    expect(reopened).toBeNull();
    expect(offers[0]).toMatchObject({ kind: 'file', fileSavedAt: null });
    const taken = await second.request('restoreRecoveryOffer', { offerId: offers[0]!.offerId });
    expect(taken.status === 'restored' && taken.reopened.target.kind).toBe('draft');
    expect(taken.status === 'restored' && textOf(taken.reopened.meeting)).toBe('typed, then the share vanished');
  });

  it('tells the start\'s notices once', async () => {
    const app = new AppProcess(dataDir, { startupNotices: ['Your preferences file was damaged…'] });
    expect((await app.request('restoreSession', {})).notices).toEqual(['Your preferences file was damaged…']);
    expect((await app.request('restoreSession', {})).notices).toEqual([]);
  });
});

describe('the same file opened twice', () => {
  it('gets the same handle and keeps noticing a change made meanwhile by another program', async () => {
    await writeFile(file, serializeMeetingFile(meetingSaying('ours')));
    const app = new AppProcess(dataDir);
    const handle = await app.open(file);
    await writeFile(file, serializeMeetingFile(meetingSaying('theirs')));
    expect(await app.open(join(documents, '.', 'wg.minutes'))).toBe(handle);
    const outcome = await app.autosave({ kind: 'file', handle }, meetingSaying('ours, edited'));
    expect(outcome.status).toBe('conflict');
    expect(await readFile(file, 'utf8')).toContain('theirs');
  });
});

describe('restoring while the recovery disk is slow', () => {
  it('answers the start without waiting for the reopened file\'s baseline, and the restored notes are not overwritten by it', async () => {
    await writeFile(file, serializeMeetingFile(meetingSaying('saved before the crash')));
    const first = new AppProcess(dataDir, { fs: documentsFailWhile(() => true) });
    await first.autosave({ kind: 'file', handle: await first.open(file) }, meetingSaying('typed after the disk filled up'));

    // New recovery logs wait until released: the baseline the reopen queues is still on its way to the disk.
    let release!: () => void;
    const released = new Promise<void>((resolve) => { release = resolve; });
    let held = 0;
    const slow = fsWith({
      open: async (path, flags, mode) => {
        if (flags === 'wx' && path.startsWith(join(dataDir, 'recovery'))) {
          held += 1;
          await released;
        }
        return nodeFileSystem.open(path, flags, mode);
      },
    });
    const second = new AppProcess(dataDir, { fs: slow, waitForDisk: false });
    const { reopened, offers } = await second.request('restoreSession', {});
    expect(textOf(reopened!.meeting)).toBe('saved before the crash');
    expect(held).toBe(1);
    const restoring = second.request('restoreRecoveryOffer', { offerId: offers[0]!.offerId });
    await new Promise((resolve) => setTimeout(resolve, 30));
    release();
    const taken = await restoring;
    if (taken.status !== 'restored') throw new Error('not restored');
    expect(textOf(taken.reopened.meeting)).toBe('typed after the disk filled up');
    await second.settled();

    // Killed before a single autosave: the next start still has the restored notes to offer.
    const third = new AppProcess(dataDir);
    const again = await third.request('restoreSession', {});
    expect(again.offers).toHaveLength(1);
    const offered = await third.request('restoreRecoveryOffer', { offerId: again.offers[0]!.offerId });
    if (offered.status !== 'restored') throw new Error('not restored');
    expect(textOf(offered.reopened.meeting)).toBe('typed after the disk filled up');
  });
});
