import { notesSafetyFolders } from '../../../../../src/main/createNotesSafety';
import { createMeetingWriter } from '../../../../../src/main/services/autosave';
import { createDraftStore } from '../../../../../src/main/services/drafts';
import { nodeFileSystem, type FileSystem } from '../../../../../src/main/services/fileSystem';
import { createMeetingKeys } from '../../../../../src/main/services/meetingKeys';
import { createRecoveryStore } from '../../../../../src/main/services/recoveryStore';
import { createSessionStore } from '../../../../../src/main/services/session';
import { createVersionStore } from '../../../../../src/main/services/versions';
import type { Meeting } from '../../../../../src/shared/meeting/schema';
import { sampleMeeting } from './meetings';

/** The notes-safety services on a data folder, built as createNotesSafety builds them (one "process"). */
export function buildSafety(options: { dataDir: string; fs?: FileSystem; clock?: () => Date; versionIntervalMs?: number }) {
  const fs = options.fs ?? nodeFileSystem;
  const clock = options.clock ?? (() => new Date());
  const folders = notesSafetyFolders(options.dataDir);
  const keys = createMeetingKeys({ fs, platform: 'linux' });
  const recovery = createRecoveryStore({ fs, folder: folders.recovery, clock });
  const drafts = createDraftStore({ fs, folder: folders.drafts });
  const versions = createVersionStore({ fs, folder: folders.versions, clock });
  const session = createSessionStore({ fs, path: folders.session, warn: () => undefined });
  const writer = createMeetingWriter({
    fs, recovery, drafts, versions, keys, clock, warn: () => undefined,
    ...(options.versionIntervalMs === undefined ? {} : { versionIntervalMs: options.versionIntervalMs }),
  });
  return { fs, folders, keys, recovery, drafts, versions, session, writer };
}

/** The sample meeting with `text` as its only paragraph of notes. */
export function meetingSaying(text: string): Meeting {
  const meeting = sampleMeeting();
  meeting.notes.root.children = [{
    type: 'paragraph', version: 1, direction: null, format: '', indent: 0,
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  }];
  return meeting;
}

/** The notes' text of a meeting made by meetingSaying. */
export function textOf(meeting: Meeting): string {
  const paragraph = meeting.notes.root.children[0] as unknown as { children: Array<{ text: string }> };
  return paragraph.children.map((child) => child.text).join('');
}
