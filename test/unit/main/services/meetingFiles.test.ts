import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../../src/main/services/fileSystem';
import { sha256Of } from '../../../../src/main/services/fileFingerprint';
import { readMeetingFile, saveMeetingFile, saveMeetingText } from '../../../../src/main/services/meetingFiles';
import { SaveError, writeFileVerified } from '../../../../src/main/services/safeWrite';
import { FORMAT_VERSION, MAX_FILE_BYTES, serializeMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { fsError, fsWith, readOnlyGuard } from './helpers/faultyFileSystem';
import { meetingOfSize, sampleMeeting } from './helpers/meetings';
import { leftoverTempFiles, makeTempFolder, removeFolder } from './helpers/tempFolder';

let folder: string;
beforeEach(async () => { folder = await makeTempFolder(); });
afterEach(() => removeFolder(folder));

const envelope = (formatVersion: number, minReaderVersion: number) =>
  JSON.stringify({ app: 'Rapporteur', formatVersion, minReaderVersion, meeting: sampleMeeting() }, null, 2);

/** Opens a file through a guard that refuses any write, and checks the file is byte- and mtime-identical after. */
async function openUntouched(name: string, content: Uint8Array | string) {
  const path = join(folder, name);
  await writeFile(path, content);
  // An mtime in the past, so a rewrite during the open could not land on the same value.
  await utimes(path, new Date('2020-01-02T03:04:05Z'), new Date('2020-01-02T03:04:05Z'));
  const before = { bytes: await readFile(path), mtimeMs: (await stat(path)).mtimeMs };
  const refused: string[] = [];
  const result = await readMeetingFile(readOnlyGuard(refused), path);
  expect(refused).toEqual([]);
  expect(await readFile(path)).toEqual(before.bytes);
  expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  expect(await leftoverTempFiles(folder)).toEqual([]);
  return result;
}

describe('readMeetingFile never modifies what it opens', () => {
  it('refuses a truncated file, naming it', async () => {
    const full = serializeMeetingFile(sampleMeeting());
    const result = await openUntouched('cut.minutes', full.slice(0, full.length / 2));
    expect(result).toMatchObject({ ok: false, error: { code: 'not-json' } });
    if (!result.ok) expect(result.error.message).toMatch(/^Cannot open "cut\.minutes": the file is cut short/);
  });

  it('refuses a file of random bytes as binary', async () => {
    const result = await openUntouched('noise.minutes', randomBytes(4096));
    expect(result).toMatchObject({ ok: false, error: { code: 'binary' } });
    if (!result.ok) expect(result.error.message).toContain('"noise.minutes"');
  });

  it('refuses an empty file', async () => {
    const result = await openUntouched('empty.minutes', '');
    expect(result).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('refuses a file that needs a newer reader, naming both versions', async () => {
    const result = await openUntouched('future.minutes', envelope(100, 99));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('too-new');
      expect(result.error.message).toMatch(new RegExp(`"future\\.minutes".*format 99.*reads up to format ${FORMAT_VERSION}\\b`));
    }
  });

  it('opens a newer format that this version can still read as read-only, with a notice', async () => {
    const result = await openUntouched('newer.minutes', envelope(99, 1));
    expect(result).toMatchObject({ ok: true, readOnly: true });
    if (result.ok) {
      expect(result.notice).toMatch(/newer Rapporteur \(format 99\).*read-only/);
      expect(result.meeting.metadata.groupTitle).toBe('WG on Strategy');
    }
  });

  it('opens a current file without touching it and fingerprints what it read', async () => {
    const text = serializeMeetingFile(sampleMeeting());
    const result = await openUntouched('good.minutes', text);
    expect(result).toMatchObject({ ok: true, readOnly: false, path: join(folder, 'good.minutes') });
    if (result.ok) {
      expect(result.meeting).toEqual(sampleMeeting());
      expect(result.fingerprint).toEqual({ size: Buffer.byteLength(text), mtimeMs: Date.parse('2020-01-02T03:04:05Z'), sha256: sha256Of(Buffer.from(text)) });
    }
  });
});

describe('readMeetingFile file errors', () => {
  it('reports a missing file with its name and folder', async () => {
    const result = await readMeetingFile(nodeFileSystem, join(folder, 'gone.minutes'));
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: `"gone.minutes" was not found in ${folder}: it may have been moved, renamed or deleted.` } });
  });

  it('reports a folder', async () => {
    await mkdir(join(folder, 'dir.minutes'));
    const result = await readMeetingFile(nodeFileSystem, join(folder, 'dir.minutes'));
    expect(result).toMatchObject({ ok: false, error: { code: 'is-folder', message: '"dir.minutes" is a folder, not a meeting file.' } });
  });

  it('reports a permission problem (EACCES injected: the tests run as root, which chmod cannot stop)', async () => {
    const path = join(folder, 'locked.minutes');
    await writeFile(path, serializeMeetingFile(sampleMeeting()));
    const fs = fsWith({ readFile: async () => { throw fsError('EACCES', 'open'); } });
    const result = await readMeetingFile(fs, path);
    expect(result).toMatchObject({ ok: false, error: { code: 'permission-denied' } });
    if (!result.ok) expect(result.error.message).toContain('"locked.minutes"');
  });

  it('reports any other read failure as unreadable', async () => {
    const path = join(folder, 'bad-sector.minutes');
    await writeFile(path, 'x');
    const result = await readMeetingFile(fsWith({ readFile: async () => { throw fsError('EIO', 'read'); } }), path);
    expect(result).toMatchObject({ ok: false, error: { code: 'unreadable', message: '"bad-sector.minutes" could not be read (EIO: injected fault, read).' } });
  });

  it('refuses a file over 64 MiB from its size alone, without reading it', async () => {
    const path = join(folder, 'huge.minutes');
    await writeFile(path, '');
    await truncate(path, MAX_FILE_BYTES + 1); // sparse: no 64 MiB actually written
    let reads = 0;
    const fs = fsWith({ readFile: async (p) => { reads += 1; return nodeFileSystem.readFile(p); } });
    const result = await readMeetingFile(fs, path);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', message: '"huge.minutes" is 64 MB, more than the 64 MB a meeting file can be.' } });
    expect(reads).toBe(0);
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO instead of blocking on it', async () => {
    const path = join(folder, 'pipe.minutes');
    execFileSync('mkfifo', [path]);
    const result = await readMeetingFile(nodeFileSystem, path);
    expect(result).toMatchObject({ ok: false, error: { code: 'unreadable' } });
  });

  it('reads a UTF-8 byte-order mark as text', async () => {
    const path = join(folder, 'bom.minutes');
    await writeFile(path, `\uFEFF${serializeMeetingFile(sampleMeeting())}`);
    expect(await readMeetingFile(nodeFileSystem, path)).toMatchObject({ ok: true, readOnly: false });
  });
});

describe('saveMeetingFile', () => {
  it('saves a meeting that reads back equal', async () => {
    const path = join(folder, 'wg.minutes');
    const written = await saveMeetingFile(nodeFileSystem, path, sampleMeeting());
    expect(await readFile(path, 'utf8')).toBe(serializeMeetingFile(sampleMeeting()));
    const reopened = await readMeetingFile(nodeFileSystem, path);
    expect(reopened).toMatchObject({ ok: true, readOnly: false, meeting: sampleMeeting() });
    if (reopened.ok) expect(reopened.fingerprint).toEqual({ size: written.size, mtimeMs: written.mtimeMs, sha256: written.sha256 });
  });

  it('keeps the previous version where asked', async () => {
    const path = join(folder, 'wg.minutes');
    await saveMeetingFile(nodeFileSystem, path, sampleMeeting());
    const before = await readFile(path);
    const changed = sampleMeeting();
    changed.metadata.groupTitle = 'Renamed';
    const keepAt = join(folder, 'app-data', 'wg.previous.minutes');
    await saveMeetingFile(nodeFileSystem, path, changed, { keepPreviousAt: keepAt });
    expect(await readFile(keepAt)).toEqual(before);
    expect(await readMeetingFile(nodeFileSystem, path)).toMatchObject({ ok: true, meeting: { metadata: { groupTitle: 'Renamed' } } });
  });

  it('refuses a meeting that would not reopen, before touching the disk', async () => {
    const path = join(folder, 'wg.minutes');
    await saveMeetingFile(nodeFileSystem, path, sampleMeeting());
    const before = await readFile(path);
    const broken = sampleMeeting();
    broken.participants[0]!.fullName = '';
    const error = await saveMeetingFile(readOnlyGuard(), path, broken).catch((e: unknown) => e as SaveError);
    expect(error).toBeInstanceOf(SaveError);
    expect(error).toMatchObject({ code: 'invalid-content', path });
    expect((error as SaveError).message).toMatch(/^"wg\.minutes" was not saved because it would not reopen \(.*participants\.0\.fullName/);
    expect(await readFile(path)).toEqual(before);
  });

  it('saves text the caller serialised already, with the same check and the same fingerprint', async () => {
    const path = join(folder, 'wg.minutes');
    const text = serializeMeetingFile(sampleMeeting());
    const written = await saveMeetingText(nodeFileSystem, path, text);
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(written.sha256).toBe(sha256Of(await readFile(path)));
    const broken = sampleMeeting();
    broken.participants[0]!.fullName = '';
    const error = await saveMeetingText(readOnlyGuard(), path, serializeMeetingFile(broken)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-content', path });
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('reports a failed save as a SaveError and keeps the file', async () => {
    const path = join(folder, 'wg.minutes');
    await saveMeetingFile(nodeFileSystem, path, sampleMeeting());
    const before = await readFile(path);
    const fs = fsWith({ rename: async () => { throw fsError('EROFS', 'rename'); } });
    await expect(saveMeetingFile(fs, path, meetingOfSize(10_000))).rejects.toMatchObject({ code: 'read-only', path });
    expect(await readFile(path)).toEqual(before);
    expect(await leftoverTempFiles(folder)).toEqual([]);
  });

  it('saves a 2 MB meeting verified (timings are printed, not asserted)', async () => {
    const path = join(folder, 'big.minutes');
    const meeting = meetingOfSize(2 * 1024 * 1024);
    const text = serializeMeetingFile(meeting);
    await saveMeetingFile(nodeFileSystem, path, meeting);
    const median = async (save: () => Promise<unknown>) => {
      const timings: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const started = performance.now();
        await save();
        timings.push(performance.now() - started);
      }
      return timings.sort((a, b) => a - b)[2]!.toFixed(0);
    };
    const bare = await median(() => writeFileVerified(nodeFileSystem, path, text));
    const full = await median(() => saveMeetingFile(nodeFileSystem, path, meeting));
    const kept = await median(() => saveMeetingFile(nodeFileSystem, path, meeting, { keepPreviousAt: join(folder, 'app-data', 'big.previous') }));
    const size = (await stat(path)).size;
    console.log(`Median of 5 saves of a ${(size / 1048576).toFixed(2)} MB meeting: writeFileVerified ${bare} ms; saveMeetingFile (serialize + parse-back check + verified write) ${full} ms; same with the previous version kept ${kept} ms.`);
    expect(size).toBeGreaterThanOrEqual(2 * 1024 * 1024);
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(await readMeetingFile(nodeFileSystem, path)).toMatchObject({ ok: true, readOnly: false });
  });
});
