import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeFileSystem } from '../../../src/main/services/fileSystem';
import { serializeMeetingFile } from '../../../src/shared/meeting/fileFormat';
import { AppProcess } from './services/helpers/appProcess';
import { fsWith } from './services/helpers/faultyFileSystem';
import { meetingSaying } from './services/helpers/safetyRig';
import { makeTempFolder, removeFolder } from './services/helpers/tempFolder';

let root: string;
let dataDir: string;
let file: string;
beforeEach(async () => {
  root = await makeTempFolder('rapporteur-notes-safety-');
  dataDir = join(root, 'userData');
  file = join(root, 'documents', 'wg.minutes');
  await mkdir(join(root, 'documents'), { recursive: true });
  await writeFile(file, serializeMeetingFile(meetingSaying('on disk')));
});
afterEach(() => removeFolder(root));

/** The app on a data folder whose new files (recovery log, session) wait until released: a disk slow to fsync. */
function appOnSlowDataDisk() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => { release = resolve; });
  let held = 0;
  const fs = fsWith({
    open: async (path, flags, mode) => {
      if (flags === 'wx' && path.startsWith(dataDir)) {
        held += 1;
        await released;
      }
      return nodeFileSystem.open(path, flags, mode);
    },
  });
  const app = new AppProcess(dataDir, { fs, waitForDisk: false });
  return { app, release, held: () => held };
}

describe('opening a file', () => {
  it('answers without waiting for its recovery baseline and session entry to reach the disk', async () => {
    const { app, release, held } = appOnSlowDataDisk();
    expect(await app.open(file)).toMatch(/^doc-/);
    // The open has answered; its writes are still held on the disk (a loaded machine may take a while to reach them).
    await vi.waitFor(() => expect(held()).toBeGreaterThanOrEqual(1), { timeout: 5_000 });
    release();
    await app.settled();
  });

  it('lets the window report ready to quit only once those writes are done', async () => {
    const { app, release } = appOnSlowDataDisk();
    await app.open(file);
    const quitting = app.request('quitReady', { safe: true });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(app.quitReports).toEqual([]);
    release();
    await quitting;
    expect(app.quitReports).toEqual([{ safe: true }]);
    const next = new AppProcess(dataDir);
    const { reopened } = await next.request('restoreSession', {});
    expect(reopened?.target).toMatchObject({ kind: 'file', document: { fileName: 'wg.minutes' } });
  });
});
