import { readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { nodeFileSystem, type FileSystem, type WritableFileHandle } from '../../../../src/main/services/fileSystem';
import { readMeetingFile } from '../../../../src/main/services/meetingFiles';
import { fsError, fsWith, withWrappedTempHandles } from './helpers/faultyFileSystem';
import { buildSafety, meetingSaying, textOf } from './helpers/safetyRig';
import { leftoverTempFiles, makeTempFolder, removeFolder } from './helpers/tempFolder';

let root: string;
let documents: string;
let dataDir: string;
let file: string;
beforeEach(async () => {
  root = await makeTempFolder('rapporteur-autosave-');
  documents = join(root, 'documents');
  dataDir = join(root, 'userData');
  file = join(documents, 'wg.minutes');
  await import('node:fs/promises').then((fsp) => fsp.mkdir(documents, { recursive: true }));
});
afterEach(() => removeFolder(root));

/** A file on disk, opened as File › Open does: the writer remembers its fingerprint. */
async function openedFile(rig: ReturnType<typeof buildSafety>, text: string): Promise<Buffer> {
  await writeFile(file, serializeMeetingFile(meetingSaying(text)));
  const opened = await readMeetingFile(nodeFileSystem, file);
  if (!opened.ok) throw new Error('fixture did not open');
  await rig.writer.rememberOpened(file, opened.fingerprint);
  return readFile(file);
}

/** An autosave, asked again while the write is still going on (as the window's retry does), until it says how it went. */
async function settled(rig: ReturnType<typeof buildSafety>, target: { kind: 'file'; path: string }, meeting: ReturnType<typeof meetingSaying>) {
  for (;;) {
    const outcome = await rig.writer.autosave(target, meeting);
    if (outcome.status !== 'saving') return outcome;
  }
}

async function recovered(rig: ReturnType<typeof buildSafety>, target: { kind: 'file'; path: string } | { kind: 'draft'; draftId: string }): Promise<string | undefined> {
  const fresh = buildSafety({ dataDir });
  const latest = await fresh.recovery.latest(await rig.keys.keyOf(target));
  return latest === undefined ? undefined : latest.text;
}

describe('autosave to a file', () => {
  it('appends to the recovery store first, then writes the file through the verified save', async () => {
    const order: string[] = [];
    const fs: FileSystem = fsWith({
      open: async (path, flags, mode) => {
        if (flags !== 'r') order.push(path.includes('recovery') ? 'recovery' : path.startsWith(documents) ? 'file' : 'other');
        return nodeFileSystem.open(path, flags, mode);
      },
    });
    const rig = buildSafety({ dataDir, fs });
    await openedFile(rig, 'before');
    const outcome = await rig.writer.autosave({ kind: 'file', path: file }, meetingSaying('after'));
    expect(outcome.status).toBe('saved');
    expect(order.indexOf('recovery')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('recovery')).toBeLessThan(order.indexOf('file'));
    const reread = await readMeetingFile(nodeFileSystem, file);
    expect(reread.ok && textOf(reread.meeting)).toBe('after');
    expect(await recovered(rig, { kind: 'file', path: file })).toBe(serializeMeetingFile(meetingSaying('after')));
  });

  /** Faults only in the user's documents folder: the recovery store in the data folder stays healthy. */
  const inDocuments = (wrap: (handle: WritableFileHandle) => WritableFileHandle) =>
    withWrappedTempHandles((handle, path) => (path.startsWith(documents) ? wrap(handle) : handle));
  const faults: Array<[string, FileSystem, string]> = [
    ['a full disk (ENOSPC on write)', inDocuments((h) => ({ ...h, write: async () => { throw fsError('ENOSPC'); } })), 'disk-full'],
    ['a short write, then the disk stops', inDocuments((h) => ({ ...h, write: async (b, o, l, p) => (l > 10 ? h.write(b, o, 10, p) : { bytesWritten: 0 }) })), 'io'],
    ['a failing fsync', inDocuments((h) => ({ ...h, sync: async () => { throw fsError('EIO', 'fsync'); } })), 'io'],
    ['a rename held by another program beyond the retries', fsWith({ rename: async (from, to) => { if (to.startsWith(documents)) throw fsError('EBUSY', 'rename'); return nodeFileSystem.rename(from, to); } }), 'io'],
    ['a read-only folder', fsWith({ open: async (p, f, m) => { if (f === 'wx' && p.startsWith(documents)) throw fsError('EROFS', 'open'); return nodeFileSystem.open(p, f, m); } }), 'read-only'],
  ];

  for (const [label, faultyFs, code] of faults) {
    it(`keeps the notes in recovery on ${label}, leaves the previous file byte-identical and no temp file, and resumes once fixed`, async () => {
      let broken = true;
      const fs: FileSystem = new Proxy(nodeFileSystem, { get: (_t, name: keyof FileSystem) => (broken ? faultyFs : nodeFileSystem)[name] });
      const rig = buildSafety({ dataDir, fs });
      const previous = await openedFile(rig, 'the last good minutes');
      const outcome = await settled(rig, { kind: 'file', path: file }, meetingSaying('typed while the disk was bad'));
      expect(outcome).toMatchObject({ status: 'recoveryOnly', code });
      expect((outcome as { message: string }).message).toMatch(/wg\.minutes.*kept in recovery.*resumes by itself/s);
      expect(await readFile(file)).toEqual(previous);
      expect(await leftoverTempFiles(documents)).toEqual([]);
      expect(await recovered(rig, { kind: 'file', path: file })).toContain('typed while the disk was bad');
      broken = false;
      expect((await settled(rig, { kind: 'file', path: file }, meetingSaying('typed while the disk was bad'))).status).toBe('saved');
      expect(await readFile(file, 'utf8')).toContain('typed while the disk was bad');
    });
  }

  it('says "not saved anywhere" when the recovery store cannot be written either', async () => {
    const fs = fsWith({
      open: async (p, f, m) => {
        if (f !== 'r') throw fsError('ENOSPC', 'open');
        return nodeFileSystem.open(p, f, m);
      },
      mkdir: async () => { throw fsError('ENOSPC', 'mkdir'); },
    });
    const rig = buildSafety({ dataDir, fs });
    const previous = await openedFile(rig, 'good');
    const outcome = await rig.writer.autosave({ kind: 'file', path: file }, meetingSaying('only on screen'));
    expect(outcome.status).toBe('notSavedAnywhere');
    expect((outcome as { message: string }).message).toMatch(/only on screen.*recovery store could not be written \(the disk is full\).*wg\.minutes/s);
    expect(await readFile(file)).toEqual(previous);
  });

  it('notices a change made by another program before writing, and never overwrites it silently', async () => {
    const rig = buildSafety({ dataDir });
    await openedFile(rig, 'ours');
    const theirs = serializeMeetingFile(meetingSaying('theirs, from the sync client'));
    await writeFile(file, theirs);
    const outcome = await rig.writer.autosave({ kind: 'file', path: file }, meetingSaying('ours, edited'));
    expect(outcome.status).toBe('conflict');
    expect((outcome as { message: string }).message).toMatch(/changed by another program.*keep your version, load theirs, or save yours as a copy/);
    expect(await readFile(file, 'utf8')).toBe(theirs);
    // Still undecided: later autosaves keep going to recovery only.
    expect((await rig.writer.autosave({ kind: 'file', path: file }, meetingSaying('ours, edited more'))).status).toBe('conflict');
    expect(await readFile(file, 'utf8')).toBe(theirs);
    expect(await recovered(rig, { kind: 'file', path: file })).toContain('ours, edited more');
  });

  it('keep mine: their file is kept as a version, then mine is written', async () => {
    const rig = buildSafety({ dataDir });
    await openedFile(rig, 'ours');
    await writeFile(file, serializeMeetingFile(meetingSaying('theirs')));
    await rig.writer.autosave({ kind: 'file', path: file }, meetingSaying('mine'));
    await rig.writer.keepMine(file);
    expect((await rig.writer.autosave({ kind: 'file', path: file }, meetingSaying('mine'))).status).toBe('saved');
    expect(await readFile(file, 'utf8')).toContain('"mine"');
    const key = await rig.keys.keyOf({ kind: 'file', path: file });
    const [version] = await rig.versions.list(key);
    expect(version?.reason).toBe('theirs');
    expect(await rig.versions.read(key, version!.versionId)).toContain('"theirs"');
  });

  it('load theirs: mine is kept as a version and theirs becomes the known state', async () => {
    const rig = buildSafety({ dataDir });
    await openedFile(rig, 'ours');
    await writeFile(file, serializeMeetingFile(meetingSaying('theirs')));
    await rig.writer.autosave({ kind: 'file', path: file }, meetingSaying('mine'));
    const loaded = await rig.writer.loadTheirs(file, meetingSaying('mine'));
    expect(loaded.ok && textOf(loaded.meeting)).toBe('theirs');
    const key = await rig.keys.keyOf({ kind: 'file', path: file });
    const [newest] = await rig.versions.list(key);
    expect(await rig.versions.read(key, newest!.versionId)).toContain('"mine"');
    expect((await rig.writer.autosave({ kind: 'file', path: file }, meetingSaying('theirs, edited'))).status).toBe('saved');
  });

  it('does not count a file that was only touched (same bytes, new time) as changed', async () => {
    const rig = buildSafety({ dataDir });
    await openedFile(rig, 'ours');
    await utimes(file, new Date(), new Date(Date.now() + 60_000));
    expect((await rig.writer.autosave({ kind: 'file', path: file }, meetingSaying('ours, edited'))).status).toBe('saved');
  });

  it('does not rewrite a file that already holds exactly these bytes', async () => {
    const rig = buildSafety({ dataDir });
    await openedFile(rig, 'same');
    const before = await stat(file);
    expect((await rig.writer.autosave({ kind: 'file', path: file }, meetingSaying('same'))).status).toBe('saved');
    expect((await stat(file)).ino).toBe(before.ino);
  });
});

describe('autosave of an untitled meeting', () => {
  const draft = { kind: 'draft', draftId: 'draft-abcdefghijkl' } as const;

  it('keeps it in a draft in the app data folder, through the verified save', async () => {
    const rig = buildSafety({ dataDir });
    expect((await rig.writer.autosave(draft, meetingSaying('untitled notes'))).status).toBe('draftSaved');
    const read = await rig.drafts.read(draft.draftId);
    expect(read.ok && textOf(read.meeting)).toBe('untitled notes');
    expect(await readdir(documents)).toEqual([]);
  });

  it('says so when the draft cannot be written, while recovery holds the notes', async () => {
    const fs = fsWith({ rename: async (from, to) => { if (to.includes('drafts')) throw fsError('ENOSPC', 'rename'); return nodeFileSystem.rename(from, to); } });
    const rig = buildSafety({ dataDir, fs });
    const outcome = await rig.writer.autosave(draft, meetingSaying('untitled notes'));
    expect(outcome).toMatchObject({ status: 'recoveryOnly', code: 'disk-full' });
    expect((outcome as { message: string }).message).toMatch(/untitled meeting could not be kept in its draft \(the disk is full\).*Save As/);
    expect(await recovered(rig, draft)).toContain('untitled notes');
  });

  it('closing a blank draft removes it; closing one with notes keeps it and a version', async () => {
    const rig = buildSafety({ dataDir });
    await rig.writer.autosave(draft, meetingSaying(''));
    const blank = meetingSaying('');
    blank.notes.root.children = [{ type: 'paragraph', version: 1, children: [] }];
    blank.participants = [];
    blank.metadata.groupTitle = '';
    await rig.writer.close(draft, blank, { quitting: false });
    expect(await rig.drafts.list()).toEqual([]);
    await rig.writer.autosave(draft, meetingSaying('worth keeping'));
    await rig.writer.close(draft, meetingSaying('worth keeping'), { quitting: false });
    expect((await rig.drafts.list()).map((d) => d.draftId)).toEqual([draft.draftId]);
    expect((await rig.versions.list(draft.draftId)).map((v) => v.reason)).toContain('close');
    // The draft holds everything, so its recovery log is gone.
    expect(await rig.recovery.activeKeys()).toEqual([]);
  });

  it('after Save As the draft goes and its versions move to the file', async () => {
    const rig = buildSafety({ dataDir });
    await rig.writer.autosave(draft, meetingSaying('becomes a file'));
    await rig.writer.saveToPath(file, meetingSaying('becomes a file'));
    await rig.writer.adoptDraft(draft.draftId, file);
    expect(await rig.drafts.list()).toEqual([]);
    const fileKey = await rig.keys.keyOf({ kind: 'file', path: file });
    expect((await rig.versions.list(fileKey)).length).toBeGreaterThan(0);
    expect(await rig.versions.list(draft.draftId)).toEqual([]);
  });
});

describe('versions while typing', () => {
  it('keeps a version at least every 10 minutes while the notes change, and none while they do not', async () => {
    let now = Date.parse('2024-05-01T09:00:00Z');
    const rig = buildSafety({ dataDir, clock: () => new Date(now) });
    const draft = { kind: 'draft', draftId: 'draft-abcdefghijkl' } as const;
    for (let minute = 0; minute < 35; minute += 1) {
      for (let second = 0; second < 60; second += 15) {
        now += 15_000;
        await rig.writer.autosave(draft, meetingSaying(`minute ${minute} second ${second}`));
      }
    }
    const times = (await rig.versions.list(draft.draftId)).map((v) => Date.parse(v.at)).sort();
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(times.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(10 * 60_000);
    // Typing stops: one more version catches the last change, then no more come.
    now += 11 * 60_000;
    await rig.writer.autosave(draft, meetingSaying('minute 34 second 45'));
    const settled = (await rig.versions.list(draft.draftId)).length;
    expect(settled).toBeLessThanOrEqual(times.length + 1);
    now += 60 * 60_000;
    await rig.writer.autosave(draft, meetingSaying('minute 34 second 45'));
    expect((await rig.versions.list(draft.draftId)).length).toBe(settled);
  });
});

describe('autosave to a slow disk', () => {
  it('answers "still saving" quickly with the notes already in recovery, and the newest notes are written next', async () => {
    const renames: Array<() => void> = [];
    let slow = true;
    const fs = fsWith({
      rename: async (from, to) => {
        if (slow && to.startsWith(documents)) await new Promise<void>((done) => renames.push(done));
        return nodeFileSystem.rename(from, to);
      },
    });
    const rig = buildSafety({ dataDir, fs });
    await openedFile(rig, 'before');
    const target = { kind: 'file', path: file } as const;
    const started = Date.now();
    expect((await rig.writer.autosave(target, meetingSaying('one'))).status).toBe('saving');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await recovered(rig, target)).toContain('"one"');
    // The disk is still busy with "one": "two" reaches recovery at once all the same.
    expect((await rig.writer.autosave(target, meetingSaying('two'))).status).toBe('saving');
    expect((await rig.writer.autosave(target, meetingSaying('three'))).status).toBe('saving');
    expect(await recovered(rig, target)).toContain('"three"');
    slow = false;
    renames.splice(0).forEach((done) => done());
    await expect.poll(async () => (await rig.writer.autosave(target, meetingSaying('three'))).status).toBe('saved');
    expect(await readFile(file, 'utf8')).toContain('"three"');
  });
});
