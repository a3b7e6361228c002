import { link, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDocumentRegistry, DOCUMENT_HANDLE_PATTERN, isDocumentHandle, UnknownDocumentError,
} from '../../../../src/main/services/documents';
import { nodeFileSystem } from '../../../../src/main/services/fileSystem';
import { writeFileVerified } from '../../../../src/main/services/safeWrite';
import { documentHandleSchema } from '../../../../src/shared/bridge/contract';
import { makeTempFolder, removeFolder } from './helpers/tempFolder';

let folder: string;
let file: string;
beforeEach(async () => {
  folder = await makeTempFolder();
  file = join(folder, 'Meeting.minutes');
  await writeFile(file, 'minutes');
});
afterEach(() => removeFolder(folder));

const linuxRegistry = () => createDocumentRegistry({ fs: nodeFileSystem, platform: 'linux' });

describe('document handles', () => {
  it('are "doc-" plus 24 random letters and digits, unique, and accepted by the bridge contract', () => {
    const documents = linuxRegistry();
    const handles = new Set(Array.from({ length: 1000 }, () => documents.register(file)));
    expect(handles.size).toBe(1000);
    for (const handle of handles) {
      expect(handle).toMatch(/^doc-[A-Za-z0-9]{24}$/);
      expect(handle).toMatch(DOCUMENT_HANDLE_PATTERN);
      expect(documentHandleSchema.safeParse(handle).success).toBe(true);
      expect(handle).not.toContain('Meeting');
    }
  });

  it('isDocumentHandle accepts only well-formed handles', () => {
    expect(isDocumentHandle('doc-abcDEF123456')).toBe(true);
    for (const bad of ['doc-short', 'doc-../../etc/passwd', '/home/x.minutes', `doc-${'a'.repeat(41)}`, 42, undefined]) {
      expect(isDocumentHandle(bad)).toBe(false);
    }
  });

  it('pathOf gives the absolute path; an unknown or released handle is a clear error', () => {
    const documents = linuxRegistry();
    const handle = documents.register(join(folder, 'sub', '..', 'Meeting.minutes'));
    expect(documents.pathOf(handle)).toBe(file);
    expect(() => documents.pathOf('doc-unknown0000')).toThrow(UnknownDocumentError);
    expect(() => documents.pathOf('doc-unknown0000')).toThrow('No open document has the handle "doc-unknown0000": it was closed, or it never existed.');
    expect(documents.release(handle)).toBe(true);
    expect(documents.release(handle)).toBe(false);
    expect(() => documents.pathOf(handle)).toThrow(UnknownDocumentError);
  });

  it('rename moves a handle to its Save As path', async () => {
    const documents = linuxRegistry();
    const handle = documents.register(file);
    const copy = join(folder, 'Copy.minutes');
    await writeFile(copy, 'minutes');
    documents.rename(handle, copy);
    expect(documents.pathOf(handle)).toBe(copy);
    expect(await documents.findOpen(copy)).toBe(handle);
    expect(await documents.findOpen(file)).toBeUndefined();
    expect(() => documents.rename('doc-unknown0000', copy)).toThrow(UnknownDocumentError);
  });
});

describe('findOpen recognises the same file', () => {
  it('by the same path, or another spelling of it', async () => {
    const documents = linuxRegistry();
    const handle = documents.register(file);
    expect(await documents.findOpen(file)).toBe(handle);
    expect(await documents.findOpen(join(folder, '.', 'x', '..', 'Meeting.minutes'))).toBe(handle);
    await writeFile(join(folder, 'Other.minutes'), 'other');
    expect(await documents.findOpen(join(folder, 'Other.minutes'))).toBeUndefined();
  });

  it.skipIf(process.platform === 'win32')('through a symlinked file or folder, and a hard link', async () => {
    const documents = linuxRegistry();
    const handle = documents.register(file);
    await symlink(file, join(folder, 'link.minutes'));
    await mkdir(join(folder, 'real'));
    await symlink(folder, join(folder, 'real', 'folder-link'));
    await link(file, join(folder, 'hard.minutes'));
    expect(await documents.findOpen(join(folder, 'link.minutes'))).toBe(handle);
    expect(await documents.findOpen(join(folder, 'real', 'folder-link', 'Meeting.minutes'))).toBe(handle);
    expect(await documents.findOpen(join(folder, 'hard.minutes'))).toBe(handle);
  });

  it('registered through a symlink, found by its real path', async () => {
    const documents = linuxRegistry();
    await symlink(file, join(folder, 'link.minutes'));
    const handle = documents.register(join(folder, 'link.minutes'));
    expect(await documents.findOpen(file)).toBe(handle);
  });

  it('in a different letter case on macOS and Windows only', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const documents = createDocumentRegistry({ fs: nodeFileSystem, platform });
      const handle = documents.register(file);
      expect(await documents.findOpen(join(folder, 'MEETING.MINUTES'))).toBe(handle);
    }
    const documents = linuxRegistry();
    documents.register(file);
    expect(await documents.findOpen(join(folder, 'MEETING.MINUTES'))).toBeUndefined();
  });

  it('after a verified save replaced the file (a new inode) and for a file not yet on disk', async () => {
    const documents = linuxRegistry();
    const handle = documents.register(file);
    await writeFileVerified(nodeFileSystem, file, 'new minutes');
    expect(await documents.findOpen(file)).toBe(handle);
    const unsaved = join(folder, 'Unsaved.minutes');
    const unsavedHandle = documents.register(unsaved);
    expect(await documents.findOpen(unsaved)).toBe(unsavedHandle);
  });
});
