import {
  $exportNodeJSON, $getRoot, $getSlot, $getSlotNames, $isElementNode, $isSlotHost, $withCompactExport,
  type LexicalEditor, type LexicalNode, type SerializedLexicalNode,
} from 'lexical';
import type { AgendaItem, Meeting } from '../../shared/meeting/schema';

/**
 * The meeting as JSON text, exactly as `JSON.stringify(currentMeeting())`
 * writes it, but re-serialising only the top-level blocks that changed since
 * the last capture: autosave takes one about every 0.7 s while someone types,
 * and a whole 20,000-word meeting is ~370 KB of JSON.
 *
 * A block's text is reused only when every node under it is the very object
 * it was last time. Lexical never changes a committed node in place (an edit
 * clones it into the next state), and an undo brings back older objects, so
 * identity says "unchanged" whatever path the change took, dirty sets or not.
 */

interface BlockText {
  /** The block's nodes in document order, as they were when `json` was written. */
  nodes: LexicalNode[];
  json: string;
}

// Keyed by the top-level node object: a block whose own fields change is a new object, and its old entry goes with it.
let blocks = new WeakMap<LexicalNode, BlockText>();

/** Stands for a part spliced in afterwards; random, so no meeting text can contain it. */
const PLACEHOLDER = `rapporteur-placeholder-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

function splice(json: string, part: string): string {
  const at = json.indexOf(`"${PLACEHOLDER}"`);
  if (at < 0) throw new Error('autosave could not place the notes in the meeting text');
  return json.slice(0, at) + part + json.slice(at + PLACEHOLDER.length + 2);
}

/** What Lexical's own export walk (`editorState.toJSON()`) writes for a node. */
function $nodeJson(node: LexicalNode): SerializedLexicalNode {
  const json = $exportNodeJSON(node) as SerializedLexicalNode & { children?: SerializedLexicalNode[]; $slots?: Record<string, SerializedLexicalNode> };
  if ($isElementNode(node)) for (const child of node.getChildren()) json.children!.push($nodeJson(child));
  if ($hostsSlots(node)) {
    json.$slots = Object.fromEntries($getSlotNames(node).map((name) => [name, $nodeJson($getSlot(node, name as never)!)]));
  }
  return json;
}

// A capture checks every block of the notes. Walking them must leave no garbage: a list of each block's
// nodes, or of each node's slot names, built to be compared and dropped, was most of what a save left
// for the garbage collector, and a collection lands in the middle of a keystroke.

/** `$getSlotNames(node).length > 0` without a list per node: hardly any node hosts slots. */
function $hostsSlots(node: LexicalNode): boolean {
  return $isSlotHost(node) && node.getLatest().__slots !== null;
}

/** Calls `visit` on `node` and everything under it, in document order, until it returns false. */
function $everyNode(node: LexicalNode, visit: (node: LexicalNode) => boolean): boolean {
  if (!visit(node)) return false;
  if ($isElementNode(node)) {
    for (let child = node.getFirstChild(); child !== null; child = child.getNextSibling()) if (!$everyNode(child, visit)) return false;
  }
  if ($hostsSlots(node)) {
    for (const name of $getSlotNames(node)) {
      const slot = $getSlot(node, name as never);
      if (slot && !$everyNode(slot, visit)) return false;
    }
  }
  return true;
}

let known: readonly LexicalNode[] = [];
let matched = 0;
const matchesKnown = (node: LexicalNode): boolean => known[matched++] === node;

function $blockJson(block: LexicalNode): string {
  const last = blocks.get(block);
  if (last) {
    known = last.nodes;
    matched = 0;
    const same = $everyNode(block, matchesKnown) && matched === known.length;
    known = [];
    if (same) return last.json;
  }
  const json = JSON.stringify($nodeJson(block));
  const nodes: LexicalNode[] = [];
  $everyNode(block, (node) => nodes.push(node) > 0);
  blocks.set(block, { nodes, json });
  return json;
}

/** The root's own fields (without its node state), its blocks' texts, and the agenda kept in that state, as `splitEditorJson` gives them. */
function $notesParts(): { rootJson: Record<string, unknown>; blocks: string[]; agenda: AgendaItem[] } {
  const root = $getRoot();
  const { $: state, ...rootJson } = $exportNodeJSON(root) as { $?: { agenda?: AgendaItem[] } } & Record<string, unknown>;
  const blocks: string[] = [];
  for (let block = root.getFirstChild(); block !== null; block = block.getNextSibling()) blocks.push($blockJson(block));
  return { rootJson, blocks, agenda: state?.agenda ?? [] };
}

function notesPartsOf(editor: LexicalEditor) {
  return editor.getEditorState().read(() => $withCompactExport(false, $notesParts));
}

/** `meeting` with the editor's notes and agenda, as JSON text. */
export function meetingJsonWithNotes(meeting: Meeting, editor: LexicalEditor): string {
  const { rootJson, blocks, agenda } = notesPartsOf(editor);
  const notes = splice(JSON.stringify({ root: { ...rootJson, children: PLACEHOLDER } }), `[${blocks.join(',')}]`);
  return splice(JSON.stringify({ ...meeting, notes: PLACEHOLDER, agenda }), notes);
}

/**
 * The same, in the parts an autosave of changes sends (notesBlocks.ts): the meeting
 * whose notes' root holds no children, and each top-level block's text.
 */
export function meetingPartsWithNotes(meeting: Meeting, editor: LexicalEditor): { head: string; blocks: string[] } {
  const { rootJson, blocks, agenda } = notesPartsOf(editor);
  return { head: JSON.stringify({ ...meeting, notes: { root: { ...rootJson, children: [] } }, agenda }), blocks };
}

/** Forgets every block's text (tests, and a capture that failed); the next capture serialises every block. */
export function resetMeetingJsonCache(): void {
  blocks = new WeakMap();
}
