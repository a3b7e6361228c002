import { dirname, resolve } from 'node:path';
import { DRAFT_ID_PATTERN } from '../../shared/autosave/contract';
import { errorCode, type FileSystem } from './fileSystem';
import type { RecoveryTarget } from './recoveryRecords';
import { writeFileVerified } from './safeWrite';

/**
 * Which meeting is open, kept in the app's data folder so that the next start
 * (after a quit, a kill or a power cut) reopens it. Written only when it changes.
 */
export interface SessionStore {
  read(): Promise<RecoveryTarget | null>;
  noteOpen(target: RecoveryTarget | null): Promise<void>;
  /** Forgets `target` unless another meeting has been noted open since. */
  noteClosed(target: RecoveryTarget): Promise<void>;
}

function sameTarget(a: RecoveryTarget | null, b: RecoveryTarget): boolean {
  if (a?.kind === 'file' && b.kind === 'file') return resolve(a.path) === resolve(b.path);
  return a?.kind === 'draft' && b.kind === 'draft' && a.draftId === b.draftId;
}

interface SessionFile {
  version: 1;
  open: RecoveryTarget | null;
}

function parseSession(text: string): RecoveryTarget | null {
  try {
    const data = JSON.parse(text) as Partial<SessionFile>;
    const open = data.open as Partial<{ kind: string; path: unknown; draftId: unknown }> | null | undefined;
    if (open?.kind === 'file' && typeof open.path === 'string' && open.path !== '') return { kind: 'file', path: open.path };
    if (open?.kind === 'draft' && typeof open.draftId === 'string' && DRAFT_ID_PATTERN.test(open.draftId)) return { kind: 'draft', draftId: open.draftId };
  } catch {
    // A damaged session file only means nothing is reopened.
  }
  return null;
}

export function createSessionStore(deps: { fs: FileSystem; path: string; warn?: (message: string, error: unknown) => void }): SessionStore {
  const warn = deps.warn ?? ((message, error) => console.warn(message, error));
  let written: string | undefined;
  let current: RecoveryTarget | null = null;
  let writing: Promise<void> = Promise.resolve();
  function noteOpen(target: RecoveryTarget | null): Promise<void> {
    current = target;
    const text = `${JSON.stringify({ version: 1, open: target } satisfies SessionFile)}\n`;
    if (text === written) return writing;
    written = text;
    writing = writing.then(async () => {
      await deps.fs.mkdir(dirname(deps.path), { recursive: true });
      await writeFileVerified(deps.fs, deps.path, text, { reassurance: 'nothing is lost' });
    })
      .then(() => undefined, (error: unknown) => {
        written = undefined;
        warn('The list of open meetings could not be saved.', error);
      });
    return writing;
  }
  return {
    async read() {
      try {
        return parseSession(Buffer.from(await deps.fs.readFile(deps.path)).toString('utf8'));
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') warn('The session file could not be read.', error);
        return null;
      }
    },
    noteOpen,
    noteClosed: (target) => (sameTarget(current, target) ? noteOpen(null) : writing),
  };
}
