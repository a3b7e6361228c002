import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import { decodeRecords, replayRecords } from '../../../src/main/services/recoveryRecords';
import { isTempFileName } from '../../../src/main/services/safeWrite';
import { serializeMeetingFile } from '../../../src/shared/meeting/fileFormat';
import { createEmptyMeeting } from '../../../src/shared/meeting/newMeeting';
import type { Meeting } from '../../../src/shared/meeting/schema';
import { expect, type AppHarness } from '../harness/appFixture';
import { caretToEndOfNotes } from '../harness/caret';

/** Shared steps of the autosave, recovery and versions specs (not a spec itself). */

export function meetingSaying(...paragraphs: string[]): Meeting {
  const meeting = createEmptyMeeting();
  meeting.metadata.groupShortName = 'WG-Strategy';
  meeting.notes.root.children = paragraphs.map((text) => ({
    type: 'paragraph', version: 1, direction: null, format: '', indent: 0,
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  }));
  return meeting;
}

/** Writes a meeting file (a name in the documents folder, or a full path) and opens it with File › Open. */
export async function openMeetingFile(app: AppHarness, nameOrPath: string, ...paragraphs: string[]): Promise<string> {
  const path = isAbsolute(nameOrPath) ? nameOrPath : join(app.documentsDir, nameOrPath);
  await writeFile(path, serializeMeetingFile(meetingSaying(...paragraphs)));
  app.dialogs.answerNextOpen(path);
  await app.page.keyboard.press('Control+O');
  await expect(app.page.getByTestId('file-name')).toHaveText(basename(path));
  return path;
}

/** Types at the end of the notes. */
export async function typeAtEnd(app: AppHarness, text: string): Promise<void> {
  await caretToEndOfNotes(app.page, app.notes());
  await app.page.keyboard.type(text);
}

export function status(app: AppHarness) {
  return app.page.getByTestId('save-status');
}

/**
 * The latest text of every recovery log, rebuilt as the app rebuilds it at start.
 * A log the app removes or renames between the listing and the read counts as empty.
 */
export async function recoveryText(app: AppHarness): Promise<string> {
  const folder = join(app.userDataDir, 'recovery');
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.log'));
  const texts = await Promise.all(names.map(async (name) => {
    const bytes = await readFile(join(folder, name)).catch(() => null);
    return bytes === null ? '' : replayRecords(decodeRecords(bytes).records)?.text ?? '';
  }));
  return texts.join('\n');
}

/** A time of day as the app shows it (the locale may add AM/PM). */
export const TIME = '\\d{1,2}:\\d{2}:\\d{2}(\\s?[AP]M)?';

/**
 * The text of every finished draft in the app data folder. A save writes a hidden
 * temporary file and renames it, so the listing can name a file that is gone by the
 * time it is read: those, and the temporary files themselves, are not drafts.
 */
export async function draftText(app: AppHarness): Promise<string> {
  const folder = join(app.userDataDir, 'drafts');
  const texts = await Promise.all((await draftNames(app)).map((name) => readFile(join(folder, name), 'utf8').catch(() => '')));
  return texts.join('\n');
}

/** The names of the finished drafts, without a save's hidden temporary file. */
export async function draftNames(app: AppHarness): Promise<string[]> {
  const names = await readdir(join(app.userDataDir, 'drafts')).catch(() => [] as string[]);
  return names.filter((name) => !isTempFileName(name));
}
