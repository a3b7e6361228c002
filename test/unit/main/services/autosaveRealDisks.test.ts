import { execFileSync } from 'node:child_process';
import { readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { nodeFileSystem } from '../../../../src/main/services/fileSystem';
import { readMeetingFile } from '../../../../src/main/services/meetingFiles';
import { buildSafety, meetingSaying } from './helpers/safetyRig';
import { leftoverTempFiles, makeTempFolder, removeFolder } from './helpers/tempFolder';
import { mountTmpfs, whyNoTmpfs, type Tmpfs } from './helpers/tmpfs';
import { mountUsbStick, type UsbStick } from './helpers/usbStick';

// The user's file sits on a real, tiny file system that the test fills up,
// remounts read-only or pulls out; the app's data folder stays on the normal disk.

const problem = whyNoTmpfs();
if (problem) console.log(`Skipping autosave on real full, read-only and removed disks: ${problem}.`);

let dataDir: string;
beforeEach(async () => {
  dataDir = await makeTempFolder('rapporteur-realdisk-');
});
afterEach(() => removeFolder(dataDir));

const longNotes = (words: number) => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');

async function openOn(rig: ReturnType<typeof buildSafety>, path: string, text: string): Promise<Buffer> {
  await writeFile(path, serializeMeetingFile(meetingSaying(text)));
  const opened = await readMeetingFile(nodeFileSystem, path);
  if (!opened.ok) throw new Error('fixture did not open');
  await rig.writer.rememberOpened(path, opened.fingerprint);
  return readFile(path);
}

async function inRecovery(rig: ReturnType<typeof buildSafety>, path: string): Promise<string | undefined> {
  return (await buildSafety({ dataDir }).recovery.latest(await rig.keys.keyOf({ kind: 'file', path })))?.text;
}

describe.skipIf(problem !== undefined)('autosave on real, hostile disks', () => {
  const mounts: Tmpfs[] = [];
  const sticks: UsbStick[] = [];
  afterAll(() => {
    mounts.forEach((mount) => mount.unmount());
    sticks.forEach((stick) => stick.dispose());
  });

  it('full disk: says so within one attempt, keeps the file byte-identical, no temp file, notes in recovery; resumes once space is freed', async () => {
    const mount = mountTmpfs(128);
    mounts.push(mount);
    const rig = buildSafety({ dataDir });
    const file = join(mount.path, 'wg.minutes');
    const previous = await openOn(rig, file, 'the last good minutes');
    const filler = join(mount.path, 'filler');
    await writeFile(filler, Buffer.alloc(256 * 1024, 1)).catch(() => undefined);
    const grown = meetingSaying(longNotes(4000));
    const outcome = await rig.writer.autosave({ kind: 'file', path: file }, grown);
    expect(outcome).toMatchObject({ status: 'recoveryOnly', code: 'disk-full' });
    expect((outcome as { message: string }).message).toMatch(/The disk is full.*free some space/);
    expect(await readFile(file)).toEqual(previous);
    expect(await leftoverTempFiles(mount.path)).toEqual([]);
    expect(await inRecovery(rig, file)).toBe(serializeMeetingFile(grown));
    await truncate(filler, 0);
    expect((await rig.writer.autosave({ kind: 'file', path: file }, grown)).status).toBe('saved');
    expect(await readFile(file, 'utf8')).toBe(serializeMeetingFile(grown));
  });

  it('read-only remount: says read-only, keeps the file, notes in recovery; resumes after remounting read-write', async () => {
    const mount = mountTmpfs(64);
    mounts.push(mount);
    const rig = buildSafety({ dataDir });
    const file = join(mount.path, 'wg.minutes');
    const previous = await openOn(rig, file, 'before');
    mount.makeReadOnly();
    const outcome = await rig.writer.autosave({ kind: 'file', path: file }, meetingSaying('typed on a read-only disk'));
    expect(outcome).toMatchObject({ status: 'recoveryOnly', code: 'read-only' });
    expect(await readFile(file)).toEqual(previous);
    expect(await inRecovery(rig, file)).toContain('typed on a read-only disk');
    execFileSync('mount', ['-o', 'remount,rw', mount.path]);
    expect((await rig.writer.autosave({ kind: 'file', path: file }, meetingSaying('typed on a read-only disk'))).status).toBe('saved');
  });

  it('removed USB stick (lazy unmount): says the folder is gone, notes in recovery; resumes when the stick comes back, without a false "changed on disk"', async () => {
    const stick = mountUsbStick(64);
    sticks.push(stick);
    const rig = buildSafety({ dataDir });
    const file = join(stick.path, 'wg.minutes');
    const previous = await openOn(rig, file, 'on the stick');
    const before = await stat(file);
    stick.pull();
    const outcome = await rig.writer.autosave({ kind: 'file', path: file }, meetingSaying('typed after the stick was pulled'));
    expect(outcome).toMatchObject({ status: 'recoveryOnly', code: 'folder-missing' });
    expect((outcome as { message: string }).message).toMatch(/no longer there.*reconnect/);
    expect(await inRecovery(rig, file)).toContain('typed after the stick was pulled');
    stick.plugBack();
    await writeFile(file, previous);
    expect((await stat(file)).mtimeMs).not.toBe(before.mtimeMs);
    expect((await rig.writer.autosave({ kind: 'file', path: file }, meetingSaying('typed after the stick was pulled'))).status).toBe('saved');
    expect(await readFile(file, 'utf8')).toContain('typed after the stick was pulled');
  });
});
