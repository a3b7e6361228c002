import { join } from 'node:path';
import ElectronStore from 'electron-store';
import { errorCode, nodeFileSystem, type FileSystem } from './fileSystem';
import {
  createMemoryPreferences, defaultPreferences, parsePreferences,
  type Preferences, type PreferencesData,
} from './preferences';

/** electron-store's file name inside `cwd` ("config" + ".json"). */
export const PREFERENCES_FILE_NAME = 'config.json';

/** The part of electron-store this adapter uses; a factory must store its data in `cwd`/config.json. */
export interface PreferencesStore {
  store: Record<string, unknown>;
}
export type PreferencesStoreFactory = (cwd: string) => PreferencesStore;

export const createElectronStore: PreferencesStoreFactory = (cwd) => new ElectronStore<Record<string, unknown>>({
  cwd,
  name: 'config',
  // We decide what counts as corrupt (and keep the bad file); electron-store would silently drop it.
  clearInvalidConfig: false,
  // Keys are plain names; dots in them must not turn into nested objects.
  accessPropertiesByDotNotation: false,
});

export interface OpenElectronStorePreferencesOptions {
  /** The folder holding config.json: the app's userData folder. */
  cwd: string;
  fs?: FileSystem;
  clock?: () => Date;
  createStore?: PreferencesStoreFactory;
}

export type OpenedPreferences =
  | { preferences: Preferences; recoveredFromCorruption: false }
  | {
    preferences: Preferences;
    /** True only on the start that found the file corrupt: tell the user once. */
    recoveredFromCorruption: true;
    corruptFileSetAsideAt: string;
    /** What was wrong with the file, for the log. */
    problem: string;
    /** One sentence for the user. */
    notice: string;
  };

/**
 * Opens the preferences kept by electron-store in `cwd`. A corrupt file (cut
 * short, not JSON, wrong shape) does not stop the app: it is renamed aside as
 * config.corrupt-<timestamp>.json, kept for inspection, and defaults are used.
 * Reads are served from memory; every change is written through electron-store.
 */
export async function openElectronStorePreferences(options: OpenElectronStorePreferencesOptions): Promise<OpenedPreferences> {
  const { cwd, fs = nodeFileSystem, clock = () => new Date(), createStore = createElectronStore } = options;
  const filePath = join(cwd, PREFERENCES_FILE_NAME);
  const checked = await readPreferencesFile(fs, filePath);
  if (!checked.ok) {
    const corruptFileSetAsideAt = await setAside(fs, filePath, clock());
    return recovered(createStore(cwd), corruptFileSetAsideAt, checked.problem);
  }
  let store: PreferencesStore;
  try {
    store = createStore(cwd);
  } catch (error) {
    // The file changed between our check and electron-store's own read.
    if (!(error instanceof SyntaxError)) throw error;
    const corruptFileSetAsideAt = await setAside(fs, filePath, clock());
    return recovered(createStore(cwd), corruptFileSetAsideAt, `not valid JSON (${error.message})`);
  }
  return { preferences: writingThrough(store, checked.value ?? defaultPreferences()), recoveredFromCorruption: false };
}

function recovered(store: PreferencesStore, corruptFileSetAsideAt: string, problem: string): OpenedPreferences {
  const name = corruptFileSetAsideAt.split(/[\\/]/).pop();
  return {
    preferences: writingThrough(store, defaultPreferences()),
    recoveredFromCorruption: true,
    corruptFileSetAsideAt,
    problem,
    notice: `Your preferences file was damaged, so Rapporteur started with default preferences; the damaged file was kept as ${name}.`,
  };
}

function writingThrough(store: PreferencesStore, data: PreferencesData): Preferences {
  // The whole object is written each time: electron-store's own set() would first re-read the file.
  return createMemoryPreferences(data, (all) => {
    store.store = all;
  });
}

type CheckedFile = { ok: true; value?: PreferencesData } | { ok: false; problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Read ourselves, because electron-store would turn a top-level array or string into an object. */
async function readPreferencesFile(fs: FileSystem, filePath: string): Promise<CheckedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { ok: true };
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(utf8.decode(bytes), (key, value: unknown) => (key === '__proto__' ? undefined : value));
  } catch (error) {
    return { ok: false, problem: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problem: 'the top level is not an object' };
  }
  const parsed = parsePreferences(raw);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, problem: parsed.problem };
}

/** Renames, never copies or deletes: the damaged file is kept whole, and never over an earlier one. */
async function setAside(fs: FileSystem, filePath: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const folder = filePath.slice(0, filePath.length - PREFERENCES_FILE_NAME.length);
  for (let attempt = 0; ; attempt += 1) {
    const suffix = attempt === 0 ? '' : `-${attempt}`;
    const asidePath = join(folder, `config.corrupt-${stamp}${suffix}.json`);
    if (await exists(fs, asidePath)) continue;
    await fs.rename(filePath, asidePath);
    return asidePath;
  }
}

async function exists(fs: FileSystem, path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}
