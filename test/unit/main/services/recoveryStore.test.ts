import { appendFile, readFile, readdir, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem, type FileSystem } from '../../../../src/main/services/fileSystem';
import { createRecoveryStore, type RecoveryStore } from '../../../../src/main/services/recoveryStore';
import { decodeRecords } from '../../../../src/main/services/recoveryRecords';
import { fsError, fsWith } from './helpers/faultyFileSystem';
import { makeTempFolder, removeFolder } from './helpers/tempFolder';
import { mountTmpfs, whyNoTmpfs, type Tmpfs } from './helpers/tmpfs';

const KEY = 'draft-abcdefghijkl';
const TARGET = { kind: 'draft', draftId: KEY } as const;
const clock = () => new Date('2024-05-01T10:00:00.000Z');

let folder: string;
const stores: RecoveryStore[] = [];
beforeEach(async () => {
  folder = await makeTempFolder('rapporteur-recovery-');
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
  await removeFolder(folder);
});

function open(fs: FileSystem = nodeFileSystem, options: { compactAtBytes?: number; compactAtDeltas?: number } = {}): RecoveryStore {
  const store = createRecoveryStore({ fs, folder, clock, ...options });
  stores.push(store);
  return store;
}

/** Counts fsyncs of file handles, so a test can see each append reach the disk. */
function countingSyncs(): { fs: FileSystem; syncs: () => number } {
  let syncs = 0;
  const fs: FileSystem = {
    ...nodeFileSystem,
    open: async (path, flags, mode) => {
      const handle = await nodeFileSystem.open(path, flags, mode);
      return { ...handle, sync: async () => { syncs += 1; await handle.sync(); } };
    },
  };
  return { fs, syncs: () => syncs };
}

describe('the recovery store', () => {
  it('gives back the latest text of a log, also after the app restarts', async () => {
    const store = open();
    await store.append(KEY, TARGET, 'Chris gave an update');
    await store.append(KEY, TARGET, 'Chris gave an update on the work.');
    expect((await store.latest(KEY))?.text).toBe('Chris gave an update on the work.');
    await store.close();
    const again = open();
    expect(await again.latest(KEY)).toMatchObject({ text: 'Chris gave an update on the work.', target: TARGET, at: clock().toISOString() });
    expect(await again.activeKeys()).toEqual([KEY]);
  });

  it('fsyncs every append before it resolves, and appends nothing for unchanged text', async () => {
    const { fs, syncs } = countingSyncs();
    const store = open(fs);
    await store.append(KEY, TARGET, 'one');
    const afterFirst = syncs();
    await store.append(KEY, TARGET, 'one two');
    expect(syncs()).toBe(afterFirst + 1);
    const size = (await stat(join(folder, `${KEY}.log`))).size;
    await store.append(KEY, TARGET, 'one two');
    expect((await stat(join(folder, `${KEY}.log`))).size).toBe(size);
  });

  it('tolerates a torn last record and rewrites the log whole before appending again', async () => {
    const store = open();
    await store.append(KEY, TARGET, 'safe notes');
    await store.append(KEY, TARGET, 'safe notes, then more');
    await store.close();
    const path = join(folder, `${KEY}.log`);
    await appendFile(path, 'RR1 500 0123');
    const reopened = open();
    expect((await reopened.latest(KEY))?.text).toBe('safe notes, then more');
    await reopened.append(KEY, TARGET, 'safe notes, then more, after the crash');
    const { records, goodBytes } = decodeRecords(await readFile(path));
    expect(goodBytes).toBe((await stat(path)).size);
    expect(records[0]?.full).toBe('safe notes, then more, after the crash');
  });

  it('compacts: two hours of typing, saved every second, stay a small log', async () => {
    // fsync is skipped here only to keep 7,200 appends fast; the test above checks it happens.
    const fs: FileSystem = { ...nodeFileSystem, open: async (p, f, m) => ({ ...(await nodeFileSystem.open(p, f, m)), sync: async () => undefined }) };
    const store = open(fs);
    let text = '';
    let largest = 0;
    const path = join(folder, `${KEY}.log`);
    for (let second = 0; second < 7200; second += 1) {
      text += `word${second} `;
      if (second % 40 === 0) text += '\n';
      await store.append(KEY, TARGET, text);
      if (second % 100 === 0) largest = Math.max(largest, (await stat(path)).size);
    }
    const final = (await stat(path)).size;
    console.log(`recovery log after 7,200 saves of a ${Buffer.byteLength(text)}-byte text: ${final} bytes (largest seen ${largest})`);
    expect(largest).toBeLessThan(Math.max(256 * 1024, 3 * Buffer.byteLength(text)) + 64 * 1024);
    expect((await open().latest(KEY))?.text).toBe(text);
  });

  it('reports a failed append, keeps what was already there, and heals on the next one', async () => {
    let failWrites = false;
    const fs = fsWith({
      open: async (path, flags, mode) => {
        const handle = await nodeFileSystem.open(path, flags, mode);
        return {
          ...handle,
          write: async (buffer, offset, length, position) => {
            if (!failWrites) return handle.write(buffer, offset, length, position);
            // Half a record reaches the disk, then the disk is full.
            await handle.write(buffer, offset, Math.ceil(length / 2), position);
            throw fsError('ENOSPC');
          },
        };
      },
    });
    const store = open(fs);
    await store.append(KEY, TARGET, 'kept');
    await store.append(KEY, TARGET, 'kept and more');
    failWrites = true;
    await expect(store.append(KEY, TARGET, 'kept and more, lost')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect((await open().latest(KEY))?.text).toBe('kept and more');
    failWrites = false;
    await store.append(KEY, TARGET, 'kept and more, back');
    expect((await open().latest(KEY))?.text).toBe('kept and more, back');
  });

  it('sets a log aside as an offer, adopts it back, and discards', async () => {
    const store = open();
    await store.append(KEY, TARGET, 'offered notes');
    const offerId = await store.setAside(KEY);
    expect(await store.activeKeys()).toEqual([]);
    expect(await store.offerIds()).toEqual([offerId]);
    expect((await store.readOffer(offerId))?.text).toBe('offered notes');
    await store.append(KEY, TARGET, 'new typing starts a new log');
    await store.adoptOffer(offerId, KEY);
    expect((await store.latest(KEY))?.text).toBe('offered notes');
    await store.discard(KEY);
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses names that are not its own', async () => {
    const store = open();
    await expect(store.append('../escape', TARGET, 'x')).rejects.toThrow(/Not a recovery log name/);
    await expect(store.readOffer('offer-../../x')).rejects.toThrow(/Not a recovery log name/);
  });
});

const tmpfsProblem = whyNoTmpfs();
if (tmpfsProblem) console.log(`Skipping the recovery store's real full-disk test: ${tmpfsProblem}.`);

describe('the recovery store on a real, full disk', () => {
  const mounts: Tmpfs[] = [];
  afterAll(() => mounts.forEach((mount) => mount.unmount()));

  it.skipIf(tmpfsProblem !== undefined)('fails the append that does not fit, keeps every earlier record readable, and resumes once space is freed', async () => {
    const mount = mountTmpfs(64);
    mounts.push(mount);
    const store = createRecoveryStore({ fs: nodeFileSystem, folder: mount.path, clock });
    let text = 'start';
    await store.append(KEY, TARGET, text);
    const filler = join(mount.path, 'filler');
    await expect(writeFile(filler, Buffer.alloc(128 * 1024, 1))).rejects.toMatchObject({ code: 'ENOSPC' });
    let failed: unknown;
    for (let i = 0; i < 50 && !failed; i += 1) {
      const next = `${text} ${'x'.repeat(2000)}`;
      failed = await store.append(KEY, TARGET, next).then(() => { text = next; }, (error: unknown) => error);
    }
    expect(failed).toMatchObject({ code: 'ENOSPC' });
    const reader = createRecoveryStore({ fs: nodeFileSystem, folder: mount.path, clock });
    expect((await reader.latest(KEY))?.text).toBe(text);
    await truncate(filler, 0);
    await store.append(KEY, TARGET, `${text} after freeing space`);
    expect((await createRecoveryStore({ fs: nodeFileSystem, folder: mount.path, clock }).latest(KEY))?.text).toBe(`${text} after freeing space`);
    await store.close();
  });
});
