import { nodeFileSystem, type FileSystem, type WritableFileHandle } from '../../../../../src/main/services/fileSystem';

/** An error shaped like node's, so the code under test cannot tell it from a real one. */
export function fsError(code: string, syscall = 'write'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault, ${syscall}`), { code, syscall });
}

/** The real file system with some operations replaced. */
export function fsWith(overrides: Partial<FileSystem>): FileSystem {
  return { ...nodeFileSystem, ...overrides };
}

/**
 * The real file system whose handles for new files (opened 'wx', as temp files
 * are) get wrapped; handles on folders and existing files stay real.
 */
export function withWrappedTempHandles(
  wrap: (handle: WritableFileHandle, path: string) => WritableFileHandle,
  base: FileSystem = nodeFileSystem,
): FileSystem {
  return {
    ...base,
    open: async (path, flags, mode) => {
      const handle = await base.open(path, flags, mode);
      return flags === 'wx' ? wrap(handle, path) : handle;
    },
  };
}

/** A file system that refuses every operation that could change anything on disk. */
export function readOnlyGuard(calls: string[] = []): FileSystem {
  const refuse = (name: string) => async () => {
    calls.push(name);
    throw new Error(`${name} must not be called`);
  };
  return {
    ...nodeFileSystem,
    open: async (path, flags, mode) => {
      if (flags !== 'r') return refuse(`open(${flags})`)();
      return nodeFileSystem.open(path, flags, mode);
    },
    rename: refuse('rename'),
    unlink: refuse('unlink'),
    mkdir: refuse('mkdir'),
    copyFile: refuse('copyFile'),
  };
}
