import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../../src/main/services/fileSystem';
import { KEEP_DAILY_FOR_DAYS, KEEP_LAST_VERSIONS, versionsToPrune } from '../../../../src/main/services/versionRetention';
import { createVersionStore, parseVersionId } from '../../../../src/main/services/versions';
import { makeTempFolder, removeFolder } from './helpers/tempFolder';

const KEY = 'file-0123456789abcdef0123456789abcdef';
const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('the retention rule', () => {
  const now = Date.parse('2024-06-30T12:00:00');
  const at = (ms: number, id = `v${ms}`) => ({ id, atMs: ms });

  it('keeps the last 20 of a busy day, and lets the rest of that day go', () => {
    const versions = Array.from({ length: 25 }, (_, i) => at(now - i * 60_000));
    expect(versionsToPrune(versions, now)).toEqual(versions.slice(KEEP_LAST_VERSIONS).map((v) => v.id));
  });

  it('keeps the newest of each day for 30 days beyond the last 20, and nothing older', () => {
    // A day of heavy use (30 versions today), then 3 versions a day for 40 days before it.
    const today = Array.from({ length: 30 }, (_, i) => at(now - i * 10 * 60_000));
    const older = Array.from({ length: 40 }, (_, day) => [0, 2, 4].map((h) => at(now - (day + 1) * DAY - h * HOUR, `d${day + 1}h${h}`))).flat();
    const all = [...today, ...older];
    const pruned = new Set(versionsToPrune(all, now));
    const keptOlder = older.filter((v) => !pruned.has(v.id)).map((v) => v.id);
    expect(today.slice(0, KEEP_LAST_VERSIONS).some((v) => pruned.has(v.id))).toBe(false);
    expect(today.slice(KEEP_LAST_VERSIONS).every((v) => pruned.has(v.id))).toBe(true);
    expect(keptOlder).toEqual(Array.from({ length: KEEP_DAILY_FOR_DAYS }, (_, day) => `d${day + 1}h0`));
  });
});

describe('the version store', () => {
  let folder: string;
  let now: number;
  beforeEach(async () => {
    folder = await makeTempFolder('rapporteur-versions-');
    now = Date.parse('2024-06-30T12:00:00Z');
  });
  afterEach(() => removeFolder(folder));
  const store = () => createVersionStore({ fs: nodeFileSystem, folder, clock: () => new Date(now) });

  it('keeps a snapshot with its time, reason and word count in its name, and reads it back', async () => {
    const versions = store();
    const taken = await versions.take(KEY, { text: 'meeting text', reason: 'close', words: 42 });
    expect(taken).toMatchObject({ at: new Date(now).toISOString(), reason: 'close', words: 42 });
    expect(parseVersionId(taken!.versionId)?.at).toBe(new Date(now).toISOString());
    expect(await versions.list(KEY)).toEqual([taken]);
    expect(await versions.read(KEY, taken!.versionId)).toBe('meeting text');
  });

  it('skips a snapshot identical to the newest, and never gives two the same name', async () => {
    const versions = store();
    await versions.take(KEY, { text: 'a', reason: 'auto', words: 1 });
    expect(await versions.take(KEY, { text: 'a', reason: 'close', words: 1 })).toBeUndefined();
    const second = await versions.take(KEY, { text: 'b', reason: 'close', words: 1 });
    expect(Date.parse(second!.at)).toBe(now + 1);
    expect((await versions.list(KEY)).map((v) => v.reason)).toEqual(['close', 'auto']);
  });

  it('prunes as it goes: 50 snapshots in an afternoon leave the last 20', async () => {
    const versions = store();
    for (let i = 0; i < 50; i += 1) {
      now += 60_000;
      await versions.take(KEY, { text: `text ${i}`, reason: 'auto', words: i });
    }
    expect(await readdir(join(folder, KEY))).toHaveLength(20);
    expect((await versions.list(KEY))[0]?.words).toBe(49);
  });

  it('refuses keys and version ids that are not its own', async () => {
    const versions = store();
    await expect(versions.list('../../etc')).rejects.toThrow(/Not a meeting key/);
    await expect(versions.read(KEY, '../x')).rejects.toThrow(/does not exist/);
  });
});
