import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMeetingJson, type MeetingTarget } from '../../../../src/shared/autosave/contract';
import { encodeBlocks, type MeetingChanges } from '../../../../src/shared/autosave/notesBlocks';
import { serializeMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import type { Meeting } from '../../../../src/shared/meeting/schema';
import { AppProcess } from '../services/helpers/appProcess';
import { meetingSaying } from '../services/helpers/safetyRig';
import { makeTempFolder, removeFolder } from '../services/helpers/tempFolder';

// The autosave handler as the window drives it: changes since the last save main
// received, the whole meeting when main asks for it, and the same file either way.

let root: string;
let file: string;
let app: AppProcess;
let target: MeetingTarget;
beforeEach(async () => {
  root = await makeTempFolder('rapporteur-autosave-changes-');
  file = join(root, 'documents', 'wg.minutes');
  await mkdir(join(root, 'documents'), { recursive: true });
  await writeFile(file, serializeMeetingFile(meetingSaying('on disk')));
  app = new AppProcess(join(root, 'userData'));
  target = { kind: 'file', handle: await app.open(file) };
});
afterEach(() => removeFolder(root));

/** A meeting whose notes are these paragraphs. */
function meetingOf(...paragraphs: string[]): Meeting {
  const meeting = meetingSaying('');
  meeting.notes.root.children = paragraphs.map((text) => meetingSaying(text).notes.root.children[0]!);
  return meeting;
}

/** The file the whole meeting sent as JSON is written as: main's checked copy (its key order). */
function fileOf(meeting: Meeting): string {
  const parsed = parseMeetingJson(JSON.stringify(meeting));
  if (!parsed.ok) throw new Error(parsed.problem);
  return serializeMeetingFile(parsed.meeting);
}

let count = 0;
/** What the window sends for `meeting`, against the save it last had answered. */
function changesOf(meeting: Meeting, base: { changes: MeetingChanges; meeting: Meeting } | null): MeetingChanges {
  const blocksOf = (m: Meeting) => m.notes.root.children.map((block) => JSON.stringify(block));
  const { children: _children, ...rootFields } = meeting.notes.root;
  count += 1;
  return {
    id: `test-${count}`,
    base: base?.changes.id ?? null,
    head: JSON.stringify({ ...meeting, notes: { root: { ...rootFields, children: [] } } }),
    blocks: encodeBlocks(blocksOf(meeting), base ? blocksOf(base.meeting) : null),
  };
}

describe('autosaveMeeting with changes', () => {
  it('writes from the changed blocks the file the whole meeting would have written', async () => {
    const first = meetingOf('One.', 'Two.', 'Three.');
    const sent = changesOf(first, null);
    expect(await app.request('autosaveMeeting', { target, changes: sent })).toMatchObject({ status: 'saved' });
    expect(await readFile(file, 'utf8')).toBe(fileOf(first));

    const second = meetingOf('One.', 'Two, edited.', 'Three.', 'Four.');
    const changes = changesOf(second, { changes: sent, meeting: first });
    expect(changes.blocks).toEqual([[0, 1], expect.stringContaining('Two, edited.'), [2, 1], expect.stringContaining('Four.')]);
    expect(await app.request('autosaveMeeting', { target, changes })).toMatchObject({ status: 'saved' });
    expect(await readFile(file, 'utf8')).toBe(fileOf(second));
  });

  it('asks for every block when it does not hold the save they build on', async () => {
    const first = meetingOf('One.');
    const sent = changesOf(first, null);
    await app.request('autosaveMeeting', { target, changes: sent });
    const stale = { ...changesOf(meetingOf('One, again.'), { changes: sent, meeting: first }), base: 'test-never-sent' };
    expect(await app.request('autosaveMeeting', { target, changes: stale })).toEqual({ status: 'baseUnknown' });
    // Nothing was written for it.
    expect(await readFile(file, 'utf8')).toBe(fileOf(first));

    // Main restarted: a window's base is unknown to the new one.
    const restarted = new AppProcess(join(root, 'userData'));
    const handle = await restarted.open(file);
    const after = changesOf(meetingOf('Two.'), { changes: sent, meeting: first });
    expect(await restarted.request('autosaveMeeting', { target: { kind: 'file', handle }, changes: after })).toEqual({ status: 'baseUnknown' });
  });

  it('forgets its blocks after a refused request, a whole meeting and a close', async () => {
    const first = meetingOf('One.');
    const sent = changesOf(first, null);
    const next = () => changesOf(meetingOf('One.', 'Two.'), { changes: sent, meeting: first });

    await app.request('autosaveMeeting', { target, changes: sent });
    await expect(app.request('autosaveMeeting', { target, changes: { ...next(), blocks: ['{"type":"iframe","version":1}'] } }))
      .rejects.toThrow(/could not be read, because block 1 of the notes could not be read, because it is not a valid note/);
    expect(await app.request('autosaveMeeting', { target, changes: next() })).toEqual({ status: 'baseUnknown' });

    await app.request('autosaveMeeting', { target, changes: sent });
    await app.request('autosaveMeeting', { target, meetingJson: JSON.stringify(first) });
    expect(await app.request('autosaveMeeting', { target, changes: next() })).toEqual({ status: 'baseUnknown' });

    await app.request('autosaveMeeting', { target, changes: sent });
    await app.request('closeMeeting', { target, meeting: first, quitting: false });
    const reopened: MeetingTarget = { kind: 'file', handle: await app.open(file) };
    expect(await app.request('autosaveMeeting', { target: reopened, changes: next() })).toEqual({ status: 'baseUnknown' });
  });

  it('keeps each meeting\'s blocks apart', async () => {
    const other = join(root, 'documents', 'other.minutes');
    await writeFile(other, serializeMeetingFile(meetingSaying('other')));
    const otherTarget: MeetingTarget = { kind: 'file', handle: await app.open(other) };
    const first = meetingOf('One.');
    const sent = changesOf(first, null);
    await app.request('autosaveMeeting', { target, changes: sent });
    const onOther = changesOf(meetingOf('One.', 'Two.'), { changes: sent, meeting: first });
    expect(await app.request('autosaveMeeting', { target: otherTarget, changes: onOther })).toEqual({ status: 'baseUnknown' });
  });
});
