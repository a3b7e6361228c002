import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { nodeFileSystem, type FileSystem } from '../../../../src/main/services/fileSystem';
import { meetingFromText } from '../../../../src/main/services/autosave';
import { readMeetingFile } from '../../../../src/main/services/meetingFiles';
import { fsWith } from './helpers/faultyFileSystem';
import { buildSafety, meetingSaying, textOf } from './helpers/safetyRig';
import { makeTempFolder, removeFolder } from './helpers/tempFolder';

// Opening a file starts its recovery log with what the file holds (the baseline). The open is answered once
// that baseline is queued, not once it is fsynced: these tests hold the baseline's write on the disk and check
// that whatever reaches the same log meanwhile (autosave, Save, close, restoring recovered notes) lands after it.

let root: string;
let dataDir: string;
let file: string;
beforeEach(async () => {
  root = await makeTempFolder('rapporteur-open-baseline-');
  dataDir = join(root, 'userData');
  file = join(root, 'documents', 'wg.minutes');
  await mkdir(join(root, 'documents'), { recursive: true });
});
afterEach(() => removeFolder(root));

/** The real disk, except that writing a new recovery log waits while `held` (a slow disk under load). */
function slowRecoveryDisk() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  const state = { held: false, waited: 0 };
  const fs: FileSystem = fsWith({
    open: async (path, flags, mode) => {
      if (state.held && flags === 'wx' && path.startsWith(join(dataDir, 'recovery'))) {
        state.waited += 1;
        await gate;
      }
      return nodeFileSystem.open(path, flags, mode);
    },
  });
  return { fs, state, release: () => { state.held = false; release(); } };
}

async function openFileSaying(rig: ReturnType<typeof buildSafety>, text: string) {
  await writeFile(file, serializeMeetingFile(meetingSaying(text)));
  const opened = await readMeetingFile(nodeFileSystem, file);
  if (!opened.ok) throw new Error('fixture did not open');
  return rig.writer.rememberOpened(file, opened.fingerprint, opened.meeting);
}

const target = () => ({ kind: 'file' as const, path: file });
const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

/** The notes the meeting's recovery log ends with, as the next start would read them. */
async function latestText(rig: ReturnType<typeof buildSafety>): Promise<string | undefined> {
  const fresh = buildSafety({ dataDir });
  const latest = await fresh.recovery.latest(await rig.keys.keyOf(target()));
  const meeting = latest && meetingFromText(latest.text);
  return meeting && textOf(meeting);
}

describe('the recovery baseline of an opened file', () => {
  it('is not waited for by the open, and is on disk once `written` settles', async () => {
    const disk = slowRecoveryDisk();
    const rig = buildSafety({ dataDir, fs: disk.fs });
    disk.state.held = true;
    const { written } = await openFileSaying(rig, 'as opened');
    let done = false;
    void written.then(() => { done = true; });
    await tick();
    expect(disk.state.waited).toBe(1);
    expect(done).toBe(false);
    disk.release();
    await written;
    expect(await latestText(rig)).toBe('as opened');
  });

  it('lands before an autosave asked while it is still being written', async () => {
    const disk = slowRecoveryDisk();
    const rig = buildSafety({ dataDir, fs: disk.fs });
    disk.state.held = true;
    await openFileSaying(rig, 'as opened');
    const saving = rig.writer.autosave(target(), meetingSaying('typed at once'));
    await tick();
    disk.release();
    expect((await saving).status).toBe('saved');
    expect(await latestText(rig)).toBe('typed at once');
  });

  it('lands before a Save and a close asked while it is still being written', async () => {
    const disk = slowRecoveryDisk();
    const rig = buildSafety({ dataDir, fs: disk.fs });
    disk.state.held = true;
    await openFileSaying(rig, 'as opened');
    const saved = rig.writer.saveToPath(file, meetingSaying('saved at once'));
    await tick();
    disk.release();
    await saved;
    expect(textOf((await readMeetingFile(nodeFileSystem, file) as { meeting: ReturnType<typeof meetingSaying> }).meeting)).toBe('saved at once');
    expect(await latestText(rig)).toBe('saved at once');
    // The log ends with what the file holds, so closing removes it.
    await rig.writer.close(target(), meetingSaying('saved at once'), { quitting: false });
    expect(await latestText(rig)).toBeUndefined();
  });

  it('lands before recovered notes adopted while it is still being written, so they are not overwritten', async () => {
    const disk = slowRecoveryDisk();
    const rig = buildSafety({ dataDir, fs: disk.fs });
    // Notes left by a killed run, set aside as an offer at start.
    const key = await rig.keys.keyOf(target());
    await rig.recovery.append(key, target(), serializeMeetingFile(meetingSaying('typed before the kill')));
    const offerId = await rig.recovery.setAside(key);
    disk.state.held = true;
    const { written } = await openFileSaying(rig, 'as on disk');
    const adopted = rig.writer.adoptRecovery(offerId, target());
    await tick();
    disk.release();
    await Promise.all([written, adopted]);
    expect(await latestText(rig)).toBe('typed before the kill');
    expect(await readFile(file, 'utf8')).toContain('as on disk');
  });

  it('is not written again for a file already open', async () => {
    const rig = buildSafety({ dataDir });
    await (await openFileSaying(rig, 'first')).written;
    await rig.writer.autosave(target(), meetingSaying('typed'));
    const again = await readMeetingFile(nodeFileSystem, file);
    if (!again.ok) throw new Error('did not reopen');
    await (await rig.writer.rememberOpened(file, again.fingerprint, again.meeting)).written;
    expect(await latestText(rig)).toBe('typed');
  });
});
