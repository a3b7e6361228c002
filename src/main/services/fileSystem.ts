import * as fsp from 'node:fs/promises';

/**
 * The narrow slice of the file system the main-process services use.
 *
 * Services receive it as an argument instead of importing node:fs, so tests can
 * wrap the real implementation to inject faults (short writes, ENOSPC, EBUSY…)
 * while still writing to real folders, and the CLI can reuse the services as-is.
 */
export interface FileSystem {
  open(path: string, flags: string, mode?: number): Promise<WritableFileHandle>;
  readFile(path: string): Promise<Uint8Array>;
  rename(fromPath: string, toPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<FileStats>;
  lstat(path: string): Promise<FileStats>;
  mkdir(path: string, options?: { recursive?: boolean }): Promise<void>;
  readdir(path: string): Promise<string[]>;
  realpath(path: string): Promise<string>;
  /** `mode` takes node's fs.constants.COPYFILE_* flags (e.g. COPYFILE_EXCL). */
  copyFile(fromPath: string, toPath: string, mode?: number): Promise<void>;
}

export interface WritableFileHandle {
  /** May write fewer bytes than asked: callers must loop on bytesWritten. */
  write(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** What the services read from a stat; node's Stats satisfies it. */
export interface FileStats {
  size: number;
  mtimeMs: number;
  mode: number;
  dev: number;
  ino: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** An error from the file system carries a POSIX-style code such as 'ENOENT'. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * node:fs/promises behind the FileSystem interface. Methods are plain functions
 * (no `this`), so a test can spread the object and replace one of them.
 */
export const nodeFileSystem: FileSystem = {
  open: async (path, flags, mode) => {
    const handle = await fsp.open(path, flags, mode);
    return {
      write: async (buffer, offset, length, position) => {
        const { bytesWritten } = await handle.write(buffer, offset, length, position);
        return { bytesWritten };
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  readFile: (path) => fsp.readFile(path),
  rename: (fromPath, toPath) => fsp.rename(fromPath, toPath),
  unlink: (path) => fsp.unlink(path),
  stat: (path) => fsp.stat(path),
  lstat: (path) => fsp.lstat(path),
  mkdir: async (path, options) => {
    await fsp.mkdir(path, options);
  },
  readdir: (path) => fsp.readdir(path),
  realpath: (path) => fsp.realpath(path),
  copyFile: (fromPath, toPath, mode) => fsp.copyFile(fromPath, toPath, mode),
};
