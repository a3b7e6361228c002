import * as fs from 'node:fs';
import type { FileSystem } from '../main/services/fileSystem';

/**
 * The FileSystem the command line exports through: node:fs's synchronous calls
 * behind the same promise-returning interface, failures as rejected promises.
 * An export does one thing at a time, so nothing waits while a call blocks;
 * the promise versions instead hand each step of the read and of the verified
 * write (some twenty: open, stat, read, write, fsync, rename, read back…) to
 * libuv's thread pool and back, which on a busy machine costs more than the
 * I/O itself. Every step and every fsync of writeFileVerified is still made.
 */
function settled<T>(action: () => T): Promise<T> {
  try {
    return Promise.resolve(action());
  } catch (error) {
    return Promise.reject(error);
  }
}

export const syncFileSystem: FileSystem = {
  open: (path, flags, mode) => settled(() => {
    const fd = fs.openSync(path, flags, mode);
    return {
      write: (buffer, offset, length, position) => settled(() => ({ bytesWritten: fs.writeSync(fd, buffer, offset, length, position) })),
      sync: () => settled(() => fs.fsyncSync(fd)),
      close: () => settled(() => fs.closeSync(fd)),
    };
  }),
  readFile: (path) => settled(() => fs.readFileSync(path)),
  rename: (fromPath, toPath) => settled(() => fs.renameSync(fromPath, toPath)),
  unlink: (path) => settled(() => fs.unlinkSync(path)),
  stat: (path) => settled(() => fs.statSync(path)),
  lstat: (path) => settled(() => fs.lstatSync(path)),
  mkdir: (path, options) => settled(() => {
    fs.mkdirSync(path, options);
  }),
  readdir: (path) => settled(() => fs.readdirSync(path)),
  // The native realpath, as node:fs/promises uses.
  realpath: (path) => settled(() => fs.realpathSync.native(path)),
  copyFile: (fromPath, toPath, mode) => settled(() => fs.copyFileSync(fromPath, toPath, mode)),
};
