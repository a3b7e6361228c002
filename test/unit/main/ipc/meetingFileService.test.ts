import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMeetingFileService } from '../../../../src/main/ipc/meetingFileService';
import type { DocumentRegistry } from '../../../../src/main/services/documents';
import { nodeFileSystem } from '../../../../src/main/services/fileSystem';
import type { RecentFiles } from '../../../../src/main/services/recentFiles';
import { serializeMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { createEmptyMeeting } from '../../../../src/shared/meeting/newMeeting';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'rapporteur-file-service-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** A promise the test settles by hand, to see what runs while another step is still waiting. */
function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => { open = resolve; });
  return { promise, open };
}

function rig() {
  const events: string[] = [];
  const recoveryWrite = gate();
  const handleLookup = gate();
  const documents = {
    findOpen: async () => {
      events.push('handle asked');
      await handleLookup.promise;
      return undefined;
    },
    register: () => 'doc-1',
  } as unknown as DocumentRegistry;
  const recent = { add: (path: string) => events.push(`recent ${path.endsWith('.minutes')}`) } as unknown as RecentFiles;
  const service = createMeetingFileService({
    fs: nodeFileSystem, documents, recent, clock: () => new Date(0),
    safety: {
      opened: async () => {
        events.push('recovery baseline started');
        await recoveryWrite.promise;
        events.push('recovery baseline written');
      },
      write: async () => { throw new Error('not used'); },
    },
  });
  return { service, events, recoveryWrite, handleLookup };
}

describe('opening a meeting file', () => {
  it('asks for the handle while the recovery baseline is still being written, and answers once both are done', async () => {
    const path = join(folder, 'meeting.minutes');
    await writeFile(path, serializeMeetingFile(createEmptyMeeting()));
    const { service, events, recoveryWrite, handleLookup } = rig();
    const opening = service.open(path);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual(['recent true', 'recovery baseline started', 'handle asked']);
    handleLookup.open();
    await new Promise((resolve) => setTimeout(resolve, 20));
    let answered = false;
    void opening.then(() => { answered = true; });
    await Promise.resolve();
    expect(answered).toBe(false);
    recoveryWrite.open();
    const result = await opening;
    expect(events.at(-1)).toBe('recovery baseline written');
    expect(result).toMatchObject({ status: 'opened', document: { handle: 'doc-1', fileName: 'meeting.minutes', folder }, readOnly: false });
  });

  it('a file that cannot be read is neither remembered nor given a handle', async () => {
    const path = join(folder, 'broken.minutes');
    await writeFile(path, '{"app": "Rapporteur", "formatVersion": 2');
    const { service, events } = rig();
    expect(await service.open(path)).toMatchObject({ status: 'failed', fileName: 'broken.minutes' });
    expect(events).toEqual([]);
  });
});
