import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMeetingJson } from '../../../../src/shared/autosave/contract';
import {
  applyMeetingChanges, encodeBlocks, indexBlocks, type MeetingChanges, type ReceivedNotes,
} from '../../../../src/shared/autosave/notesBlocks';
import { MAX_FILE_BYTES, MAX_NESTING_DEPTH, serializeMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { createEmptyMeeting } from '../../../../src/shared/meeting/newMeeting';
import type { Meeting } from '../../../../src/shared/meeting/schema';

// An autosave of changes must give main the very meeting, and the very file bytes,
// that sending the whole meeting would have given; whatever the edits between saves.

type Json = Record<string, unknown>;
const text = (value: string): Json => ({ detail: 0, format: 0, mode: 'normal', style: '', text: value, type: 'text', version: 1 });
const paragraph = (...children: Json[]): Json => ({ children, direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1, textFormat: 0, textStyle: '' });

const blockArb: fc.Arbitrary<Json> = fc.oneof(
  fc.array(fc.string({ maxLength: 20 }).map(text), { maxLength: 3 }).map((children) => paragraph(...children)),
  fc.constantFrom<Json>(
    { type: 'agenda-heading', version: 1, itemId: 'item-1' },
    paragraph({ type: 'speaker-mention', version: 1, participantId: 'p1' }, text(' observed that…')),
    // Fields the checked copy fills in (a list's start, an item's value): main writes its own copy.
    { children: [{ children: [text('one')], direction: 'ltr', format: '', indent: 0, type: 'listitem', version: 1 }], direction: 'ltr', format: '', indent: 0, type: 'list', version: 1, listType: 'bullet' },
    paragraph(),
  ),
);

const ROOT = { direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 };

function meetingWith(blocks: Json[], title = 'Meeting'): Meeting {
  const empty = createEmptyMeeting();
  return { ...empty, metadata: { ...empty.metadata, groupTitle: title }, notes: { root: { children: blocks, ...ROOT } } } as unknown as Meeting;
}

/** What the window sends: the head, and each block's text. */
function partsOf(meeting: Meeting): { head: string; blocks: string[] } {
  const { children, ...root } = meeting.notes.root as unknown as { children: Json[] } & Json;
  return { head: JSON.stringify({ ...meeting, notes: { root: { children: [], ...root } } }), blocks: children.map((block) => JSON.stringify(block)) };
}

let saves = 0;
function changesOf(meeting: Meeting, base: { id: string; blocks: string[] } | null): MeetingChanges {
  const { head, blocks } = partsOf(meeting);
  saves += 1;
  return { id: `w-${saves}`, base: base?.id ?? null, head, blocks: encodeBlocks(blocks, base?.blocks ?? null) };
}

/** What main gets from the whole meeting: the reference. */
function wholeOf(meeting: Meeting): Meeting {
  const parsed = parseMeetingJson(JSON.stringify(meeting));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.meeting;
}

function expectSameAsWhole(changes: MeetingChanges, last: ReceivedNotes | undefined, meeting: Meeting): ReceivedNotes {
  const applied = applyMeetingChanges(changes, last);
  if (!applied.ok) throw new Error(applied.baseUnknown ? 'base unknown' : applied.problem);
  const whole = wholeOf(meeting);
  expect(applied.meeting).toEqual(whole);
  expect(applied.notesParts.join('')).toBe(JSON.stringify(whole.notes));
  expect(serializeMeetingFile(applied.meeting, applied.notesParts)).toBe(serializeMeetingFile(whole));
  return applied.received;
}

type Edit = { kind: 'change' | 'insert' | 'delete' | 'move'; at: number; to: number; block: Json };
const editArb: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom('change', 'insert', 'delete', 'move'), at: fc.nat(), to: fc.nat(), block: blockArb });

function applyEdit(blocks: Json[], edit: Edit): Json[] {
  const next = blocks.slice();
  const at = next.length === 0 ? 0 : edit.at % next.length;
  if (edit.kind === 'insert' || next.length === 0) next.splice(at, 0, edit.block);
  else if (edit.kind === 'change') next[at] = edit.block;
  else if (edit.kind === 'delete') next.splice(at, 1);
  else next.splice(edit.to % next.length, 0, ...next.splice(at, 1));
  return next;
}

describe('encodeBlocks and indexBlocks (the window\'s side)', () => {
  it('sends runs of blocks main already holds, and the text of the others', () => {
    const base = ['a', 'b', 'c', 'd'];
    expect(encodeBlocks(['a', 'b', 'x', 'c', 'd', 'a'], base)).toEqual([[0, 2], 'x', [2, 2], [0, 1]]);
    expect(encodeBlocks(['a', 'b'], null)).toEqual(['a', 'b']);
  });

  it('finds blocks that moved, were inserted before or were deleted, whatever the order', () => {
    const base = ['a', 'b', 'c', 'd', 'e'];
    expect(encodeBlocks(['new', 'a', 'b', 'c', 'd', 'e'], base)).toEqual(['new', [0, 5]]);
    expect(encodeBlocks(['a', 'c', 'd', 'e'], base)).toEqual([[0, 1], [2, 3]]);
    expect(encodeBlocks(['e', 'd', 'c', 'b', 'a'], base)).toEqual([[4, 1], [3, 1], [2, 1], [1, 1], [0, 1]]);
    expect(encodeBlocks([], base)).toEqual([]);
  });

  it('sends a block edited in place as its text, and keeps what follows it', () => {
    expect(encodeBlocks(['a', 'B', 'c'], ['a', 'b', 'c'])).toEqual([[0, 1], 'B', [2, 1]]);
    expect(encodeBlocks(['a', 'B'], ['a', 'b'])).toEqual([[0, 1], 'B']);
  });

  it('gives back exactly the blocks, read against the base, whatever the blocks', () => {
    const texts = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 12 });
    fc.assert(fc.property(texts, fc.option(texts, { nil: null }), (blocks, base) => {
      const decoded = encodeBlocks(blocks, base).flatMap((entry) => (typeof entry === 'string' ? [entry] : base!.slice(entry[0], entry[0] + entry[1])));
      expect(decoded).toEqual(blocks);
    }));
  });

  it('keeps equal blocks in one run where they follow each other: equal texts are the same block', () => {
    expect(encodeBlocks(['p', 'q', 'p', 'p'], ['p', 'q', 'p', 'p'])).toEqual([[0, 4]]);
    expect(encodeBlocks(['q', 'p'], ['p', 'q', 'p'])).toEqual([[1, 2]]);
  });

  it('refers equal blocks to the first of them: their texts are the same', () => {
    expect(indexBlocks(['p', 'q', 'p'])).toEqual(new Map([['p', 0], ['q', 1]]));
  });
});

describe('applyMeetingChanges (main\'s side)', () => {
  it('builds, from every block, the meeting and file text the whole meeting gives', () => {
    fc.assert(fc.property(fc.array(blockArb, { maxLength: 12 }), (blocks) => {
      const meeting = meetingWith(blocks);
      expectSameAsWhole(changesOf(meeting, null), undefined, meeting);
    }));
  });

  it('builds the same from the changed blocks alone, save after save, whatever the edits', () => {
    fc.assert(fc.property(fc.array(blockArb, { maxLength: 8 }), fc.array(fc.array(editArb, { maxLength: 4 }), { minLength: 1, maxLength: 6 }), (start, rounds) => {
      let blocks = start;
      let meeting = meetingWith(blocks);
      let received = expectSameAsWhole(changesOf(meeting, null), undefined, meeting);
      let sent = { id: received.id, blocks: partsOf(meeting).blocks };
      rounds.forEach((edits, round) => {
        blocks = edits.reduce(applyEdit, blocks);
        meeting = meetingWith(blocks, `Meeting ${round}`);
        const changes = changesOf(meeting, sent);
        received = expectSameAsWhole(changes, received, meeting);
        sent = { id: changes.id, blocks: partsOf(meeting).blocks };
      });
    }));
  });

  it('sends only what changed: one edited block of many is one text', () => {
    const blocks = Array.from({ length: 200 }, (_, n) => paragraph(text(`Paragraph ${n}.`)));
    const first = meetingWith(blocks);
    const received = expectSameAsWhole(changesOf(first, null), undefined, first);
    const edited = meetingWith(blocks.map((block, n) => (n === 120 ? paragraph(text('Paragraph 120, edited.')) : block)));
    const changes = changesOf(edited, { id: received.id, blocks: partsOf(first).blocks });
    expect(changes.blocks).toEqual([[0, 120], JSON.stringify(paragraph(text('Paragraph 120, edited.'))), [121, 79]]);
    expectSameAsWhole(changes, received, edited);
  });

  it('asks for every block when the base is not the last save it received', () => {
    const meeting = meetingWith([paragraph(text('One.'))]);
    const received = expectSameAsWhole(changesOf(meeting, null), undefined, meeting);
    const stale = changesOf(meeting, { id: 'w-older', blocks: [] });
    expect(applyMeetingChanges(stale, received)).toEqual({ ok: false, baseUnknown: true });
    expect(applyMeetingChanges(changesOf(meeting, { id: received.id, blocks: [] }), undefined)).toEqual({ ok: false, baseUnknown: true });
  });

  it('refuses what the whole meeting would be refused for, naming the block', () => {
    const meeting = meetingWith([]);
    const { head } = partsOf(meeting);
    const refused = (blocks: MeetingChanges['blocks'], last?: ReceivedNotes, changedHead = head) => {
      const applied = applyMeetingChanges({ id: 'w-x', base: last ? last.id : null, head: changedHead, blocks }, last);
      return applied.ok || applied.baseUnknown ? 'accepted' : applied.problem;
    };
    expect(refused(['{"type":"paragraph"'])).toMatch(/^block 1 of the notes could not be read, because it is not valid JSON/);
    expect(refused([JSON.stringify(paragraph()), JSON.stringify({ type: 'iframe', version: 1 })])).toMatch(/^block 2 .* it is not a valid note \(type: "iframe" is not a kind of note/);
    expect(refused([JSON.stringify(paragraph(text('x'))).replace('"text":"x"', '"text":42')])).toMatch(/it is not a valid note \(children\.0\.text: expected text\)/);
    expect(refused([[0, 1]])).toMatch(/refers to blocks the last save did not have/);
    expect(refused([], undefined, '{"not":"a meeting"}')).toMatch(/^it is not a valid meeting/);
    expect(refused([], undefined, JSON.stringify(meetingWith([paragraph()])))).toBe('its head carries notes that belong in its blocks');
  });

  it('refuses a block nested deeper than it could be inside a meeting file', () => {
    const nest = (depth: number): Json => (depth === 0 ? text('deep') : { ...paragraph(nest(depth - 1)), type: 'link', url: 'https://example.org' });
    const meeting = meetingWith([]);
    const applied = applyMeetingChanges({ id: 'w-d', base: null, head: partsOf(meeting).head, blocks: [JSON.stringify(nest(MAX_NESTING_DEPTH))] }, undefined);
    expect(applied).toEqual({ ok: false, baseUnknown: false, problem: 'block 1 of the notes could not be read, because it nests data too deeply' });
  });

  it('refuses a meeting larger than a file can be, kept blocks counted', () => {
    const big = paragraph(text('x'.repeat(1_000_000)));
    const first = meetingWith([big]);
    const received = expectSameAsWhole(changesOf(first, null), undefined, first);
    const repeats = Math.ceil(MAX_FILE_BYTES / 1_000_000) + 1;
    const applied = applyMeetingChanges({ id: 'w-big', base: received.id, head: partsOf(first).head, blocks: Array.from({ length: repeats }, () => [0, 1] as [number, number]) }, received);
    expect(applied).toEqual({ ok: false, baseUnknown: false, problem: 'it is larger than a meeting file can be' });
  });

  it('drops "__proto__" keys from a block before it is copied', () => {
    const meeting = meetingWith([]);
    const block = JSON.stringify(paragraph(text('x'))).replace('{"children"', '{"__proto__":{"polluted":true},"children"');
    const applied = applyMeetingChanges({ id: 'w-p', base: null, head: partsOf(meeting).head, blocks: [block] }, undefined);
    if (!applied.ok) throw new Error('refused');
    expect(applied.notesParts.join('')).not.toContain('__proto__');
    expect(({} as Json)['polluted']).toBeUndefined();
  });
});
