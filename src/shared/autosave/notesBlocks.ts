import { MAX_FILE_BYTES } from '../meeting/fileFormat';
import { checkNotesBlock, MAX_CHILDREN } from '../meeting/notesCheck';
import type { SerializedNote } from '../meeting/notesSchema';
import type { Meeting } from '../meeting/schema';
import { parseMeetingJson, parseRequestJson } from './contract';

/**
 * An autosave that carries only the blocks of notes changed since the last one
 * main received. A 20,000-word meeting is ~230 KB of JSON and is saved about
 * every 0.7 s while someone types; parsing, checking and re-serialising all of
 * it was most of main's work per save, on one of the two cores the window's
 * typing also needs. Main keeps the blocks of the last save per meeting
 * (`ReceivedNotes`), and builds the meeting and the notes' file text from them
 * and the few new ones: the same meeting, and the same bytes, as the whole
 * meeting would have given.
 */

/** Blocks kept from the base save: the index of the first one there, and how many follow it. */
export type KeptBlocks = [from: number, count: number];
/** A new or changed top-level block as JSON text, or a run of blocks kept from the base save. */
export type BlockEntry = string | KeptBlocks;

export interface MeetingChanges {
  /** Names this save, so the next one can build on it. */
  id: string;
  /** The save this one builds on, as main last received it for this meeting; null sends every block. */
  base: string | null;
  /** The meeting as JSON text, its notes' root holding no children. */
  head: string;
  /** The notes' top-level blocks, in order. */
  blocks: BlockEntry[];
}

/** What main keeps of the last save it received for a meeting. */
export interface ReceivedNotes {
  id: string;
  /** Each block as main checked it, and that copy's JSON text. */
  notes: SerializedNote[];
  texts: string[];
}

export type AppliedChanges =
  /** `notesParts` joined are `JSON.stringify(meeting.notes)`. */
  | { ok: true; meeting: Meeting; notesParts: string[]; received: ReceivedNotes }
  /** The base is not the save main last received for this meeting: send every block. */
  | { ok: false; baseUnknown: true }
  | { ok: false; baseUnknown: false; problem: string };

/** A top-level block sits at this depth of the meeting's JSON: meeting, notes, root, children, block. */
const BLOCK_DEPTH = 5;
/** Stands for the children while the root is written; JSON.stringify escapes the NUL, so no value can hold it. */
const CHILDREN_VALUE = '\u0000children';
const CHILDREN_TEXT = `"children":${JSON.stringify(CHILDREN_VALUE)}`;

/** Where each block's text was in a save, for the next save to refer to it. Equal texts are the same block. */
export function indexBlocks(texts: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  texts.forEach((text, at) => { if (!index.has(text)) index.set(text, at); });
  return index;
}

/**
 * The blocks as entries against the base save's blocks: runs of kept blocks, and
 * the text of the others. Between two saves nearly every block is the very text
 * at the next place of the base, and an edited one sits where its old text was;
 * the base is indexed only for what moved. Indexing a long meeting's blocks on
 * every save was most of the garbage a save left.
 */
export function encodeBlocks(texts: readonly string[], base: readonly string[] | null): BlockEntry[] {
  const entries: BlockEntry[] = [];
  let index: Map<string, number> | null = null;
  let next = 0;
  texts.forEach((text, at) => {
    let kept: number | undefined;
    if (base && base[next] === text) kept = next;
    // Edited in place: what follows it follows its old text (or both end here). Sent as text, whatever else it equals.
    else if (base && next < base.length && base[next + 1] === texts[at + 1]) next += 1;
    else if (base) kept = (index ??= indexBlocks(base)).get(text);
    if (kept === undefined) {
      entries.push(text);
      return;
    }
    next = kept + 1;
    const last = entries[entries.length - 1];
    if (Array.isArray(last) && last[0] + last[1] === kept) last[1] += 1;
    else entries.push([kept, 1]);
  });
  return entries;
}

const TOO_LARGE = 'it is larger than a meeting file can be';
const problem = (text: string): AppliedChanges => ({ ok: false, baseUnknown: false, problem: text });

function parseBlock(text: string, root: SerializedNote): { ok: true; note: SerializedNote } | { ok: false; problem: string } {
  const parsed = parseRequestJson(text, BLOCK_DEPTH);
  if (!parsed.ok) return parsed;
  const checked = checkNotesBlock(parsed.data, root);
  if (checked.ok) return { ok: true, note: checked.value };
  const first = checked.issues[0];
  return { ok: false, problem: `it is not a valid note (${first ? `${first.path.join('.')}${first.path.length > 0 ? ': ' : ''}${first.message}` : 'wrong shape'})` };
}

/**
 * `JSON.stringify(notes)` from the root and its children's texts, in parts that
 * the file text joins once: on this machine each fresh string over ~128 KB
 * costs ~0.8 ms in page faults alone, so the notes are never a string of their own.
 */
function notesPartsOf(root: SerializedNote, texts: readonly string[]): string[] {
  const shell = JSON.stringify({ root: { ...root, children: CHILDREN_VALUE } });
  const at = shell.indexOf(CHILDREN_TEXT);
  // The root's own fields are flat values, so the placeholder is always found; if not, the long way is still right.
  if (at < 0) return [JSON.stringify({ root: { ...root, children: texts.map((text) => JSON.parse(text) as unknown) } })];
  const parts = [`${shell.slice(0, at)}"children":[`];
  texts.forEach((text, index) => { if (index > 0) parts.push(','); parts.push(text); });
  parts.push(`]${shell.slice(at + CHILDREN_TEXT.length)}`);
  return parts;
}

/** Builds the meeting a save describes from its changes and the last save received; refuses what a whole meeting would be refused for. */
export function applyMeetingChanges(changes: MeetingChanges, last: ReceivedNotes | undefined): AppliedChanges {
  if (changes.base !== null && last?.id !== changes.base) return { ok: false, baseUnknown: true };
  const head = parseMeetingJson(changes.head);
  if (!head.ok) return problem(head.problem);
  const root = head.meeting.notes.root;
  if ((root.children?.length ?? 0) > 0) return problem('its head carries notes that belong in its blocks');
  const notes: SerializedNote[] = [];
  const texts: string[] = [];
  // Kept blocks count too: runs of them could otherwise build a meeting of any size.
  let length = changes.head.length;
  for (const [index, entry] of changes.blocks.entries()) {
    if (typeof entry === 'string') {
      length += entry.length;
      if (length > MAX_FILE_BYTES) return problem(TOO_LARGE);
      const parsed = parseBlock(entry, root);
      if (!parsed.ok) return problem(`block ${index + 1} of the notes could not be read, because ${parsed.problem}`);
      notes.push(parsed.note);
      texts.push(JSON.stringify(parsed.note));
    } else {
      const [from, count] = entry;
      if (!last || from + count > last.notes.length) return problem(`block ${index + 1} of the notes refers to blocks the last save did not have`);
      for (let at = from; at < from + count; at += 1) {
        const text = last.texts[at]!;
        length += text.length;
        notes.push(last.notes[at]!);
        texts.push(text);
      }
      if (length > MAX_FILE_BYTES) return problem(TOO_LARGE);
    }
    if (notes.length > MAX_CHILDREN) return problem(`the notes hold more than ${MAX_CHILDREN} blocks`);
  }
  const checkedRoot = { ...root, children: notes } as Meeting['notes']['root'];
  const meeting: Meeting = { ...head.meeting, notes: { ...head.meeting.notes, root: checkedRoot } };
  return { ok: true, meeting, notesParts: notesPartsOf(root, texts), received: { id: changes.id, notes, texts } };
}
