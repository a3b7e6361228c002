import { readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../../src/main/services/fileSystem';
import { fsError, fsWith } from './helpers/faultyFileSystem';
import { makeTempFolder, removeFolder } from './helpers/tempFolder';

/*
 * This is the real electron-store, in plain Node. electron-store imports the
 * `electron` npm package, which in plain Node exports the path of the Electron
 * binary and throws if that binary was never downloaded (as on this machine).
 * electron-store only looks for `app` and `ipcMain` on it, which plain Node lacks
 * either way; naming a dist folder lets the package load as on any developer machine.
 */
process.env.ELECTRON_OVERRIDE_DIST_PATH ??= tmpdir();
const { openElectronStorePreferences } = await import('../../../../src/main/services/electronStorePreferences');

const NOW = new Date('2024-05-06T07:08:09.010Z');
const ASIDE_NAME = 'config.corrupt-2024-05-06T07-08-09-010Z.json';
const clock = () => NOW;

let cwd: string;
let configPath: string;
beforeEach(async () => {
  cwd = await makeTempFolder();
  configPath = join(cwd, 'config.json');
});
afterEach(() => removeFolder(cwd));

const readConfig = async () => JSON.parse(await readFile(configPath, 'utf8')) as Record<string, unknown>;

describe('electron-store preferences', () => {
  it('start from defaults in an empty folder and persist every change', async () => {
    const opened = await openElectronStorePreferences({ cwd, clock });
    expect(opened.recoveredFromCorruption).toBe(false);
    expect(opened.preferences.getAll()).toEqual({ recentFiles: [], theme: 'system', authorName: '', spellingLanguage: 'auto', spellingWords: [] });
    opened.preferences.set('theme', 'dark');
    opened.preferences.set('recentFiles', ['/m/a.minutes']);
    expect(await readConfig()).toEqual({ recentFiles: ['/m/a.minutes'], theme: 'dark', authorName: '', spellingLanguage: 'auto', spellingWords: [] });
    const reopened = await openElectronStorePreferences({ cwd, clock });
    expect(reopened.preferences.get('theme')).toBe('dark');
    expect(reopened.preferences.get('recentFiles')).toEqual(['/m/a.minutes']);
  });

  it('keep keys a newer version wrote', async () => {
    await writeFile(configPath, JSON.stringify({ theme: 'light', futureKey: { a: 1 } }));
    const opened = await openElectronStorePreferences({ cwd, clock });
    opened.preferences.set('authorName', 'Chengetai');
    expect(await readConfig()).toMatchObject({ theme: 'light', futureKey: { a: 1 }, authorName: 'Chengetai' });
  });
});

describe('a corrupt preferences file', () => {
  const corruptContents: Array<[string, string | Buffer]> = [
    ['truncated JSON', '{"theme": "dark", "recentFiles": ["/m/a.min'],
    ['an empty file', ''],
    ['a wrong shape', JSON.stringify({ theme: 42, recentFiles: 'x' })],
    ['a top-level array', '[1, 2]'],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
  ];

  it.each(corruptContents)('is set aside whole when it holds %s, and defaults are used', async (_, content) => {
    await writeFile(configPath, content);
    const opened = await openElectronStorePreferences({ cwd, clock });
    expect(opened).toMatchObject({ recoveredFromCorruption: true, corruptFileSetAsideAt: join(cwd, ASIDE_NAME) });
    if (!opened.recoveredFromCorruption) return;
    expect(await readFile(opened.corruptFileSetAsideAt)).toEqual(Buffer.from(content));
    expect(opened.problem.length).toBeGreaterThan(0);
    expect(opened.notice).toBe(`Your preferences file was damaged, so Rapporteur started with default preferences; the damaged file was kept as ${ASIDE_NAME}.`);
    expect(opened.preferences.getAll()).toEqual({ recentFiles: [], theme: 'system', authorName: '', spellingLanguage: 'auto', spellingWords: [] });
    opened.preferences.set('theme', 'light');
    expect(await readConfig()).toMatchObject({ theme: 'light' });
  });

  it('is reported once: the next start finds a healthy file', async () => {
    await writeFile(configPath, '{"theme":');
    expect((await openElectronStorePreferences({ cwd, clock })).recoveredFromCorruption).toBe(true);
    expect((await openElectronStorePreferences({ cwd, clock })).recoveredFromCorruption).toBe(false);
  });

  it('never overwrites a file set aside earlier', async () => {
    await writeFile(configPath, 'first damage');
    await openElectronStorePreferences({ cwd, clock });
    await writeFile(configPath, 'second damage');
    const opened = await openElectronStorePreferences({ cwd, clock });
    expect(opened).toMatchObject({ corruptFileSetAsideAt: join(cwd, 'config.corrupt-2024-05-06T07-08-09-010Z-1.json') });
    expect(await readFile(join(cwd, ASIDE_NAME), 'utf8')).toBe('first damage');
    expect((await readdir(cwd)).sort()).toEqual([ASIDE_NAME, 'config.corrupt-2024-05-06T07-08-09-010Z-1.json'].sort());
  });

  it('is also caught when it turns corrupt between our check and electron-store reading it', async () => {
    await writeFile(configPath, '{"theme": "da');
    let reads = 0;
    // Our check sees a healthy file; electron-store then reads the truncated one and throws SyntaxError.
    const fs = fsWith({ readFile: async (path) => (reads++ === 0 ? Buffer.from('{}') : nodeFileSystem.readFile(path)) });
    const opened = await openElectronStorePreferences({ cwd, clock, fs });
    expect(opened).toMatchObject({ recoveredFromCorruption: true, problem: expect.stringMatching(/^not valid JSON/) });
    expect(await readFile(join(cwd, ASIDE_NAME), 'utf8')).toBe('{"theme": "da');
  });

  it('is not confused with a file that cannot be read at all, which is left alone and reported', async () => {
    await writeFile(configPath, '{"theme":"dark"}');
    const fs = fsWith({ readFile: async () => { throw fsError('EACCES', 'open'); } });
    await expect(openElectronStorePreferences({ cwd, clock, fs })).rejects.toMatchObject({ code: 'EACCES' });
    expect(await readdir(cwd)).toEqual(['config.json']);
  });
});
