import { SPEAKER_MENTION_TYPE, type SerializedNote, type SerializedNotes } from '../meeting/notesSchema';
import { actionFieldsOf, isActionMarker, isDecisionMarker, isMarker, type ActionFields } from './markers';

/** An action marked in the notes, with the inline content that is its text. */
export interface NotedAction extends ActionFields {
  kind: 'action';
  /** The top-level block of the notes it sits in, to take the user there. */
  blockIndex: number;
  content: SerializedNote[];
}

export interface NotedDecision {
  kind: 'decision';
  decisionId: string;
  blockIndex: number;
  content: SerializedNote[];
}

export type NotedItem = NotedAction | NotedDecision;

export interface NotedItems {
  /** In document order, each id once (a copy of a marker counts where it first appears). */
  actions: NotedAction[];
  decisions: NotedDecision[];
}

/** The blocks whose inline children can hold markers: paragraphs and list items, nested lists included. */
function* markableBlocks(node: SerializedNote): Generator<SerializedNote> {
  if (node.type === 'list') {
    for (const item of node.children ?? []) yield* markableBlocks(item);
    return;
  }
  yield node;
  for (const child of node.children ?? []) {
    if (child.type === 'list') yield* markableBlocks(child);
  }
}

function itemsOfBlock(block: SerializedNote, blockIndex: number): NotedItem[] {
  const items: NotedItem[] = [];
  for (const child of block.children ?? []) {
    if (child.type === 'list') continue;
    if (isActionMarker(child)) items.push({ kind: 'action', ...actionFieldsOf(child), blockIndex, content: [] });
    else if (isDecisionMarker(child)) items.push({ kind: 'decision', decisionId: String(child['decisionId'] ?? ''), blockIndex, content: [] });
    else items.at(-1)?.content.push(child);
  }
  return items;
}

/** Every action and decision marked in the notes, in document order. */
export function collectNotedItems(notes: SerializedNotes): NotedItems {
  const actions: NotedAction[] = [];
  const decisions: NotedDecision[] = [];
  const seen = new Set<string>();
  notes.root.children.forEach((top, blockIndex) => {
    for (const block of markableBlocks(top)) {
      for (const item of itemsOfBlock(block, blockIndex)) {
        const key = item.kind === 'action' ? `a:${item.actionId}` : `d:${item.decisionId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (item.kind === 'action') actions.push(item);
        else decisions.push(item);
      }
    }
  });
  return { actions, decisions };
}

/** Whether a block of the notes holds a marker: such a paragraph is a record, not a statement needing a speaker. */
export function holdsMarker(block: SerializedNote): boolean {
  for (const inner of markableBlocks(block)) {
    if ((inner.children ?? []).some(isMarker)) return true;
  }
  return false;
}

/** The words of inline content on one line: mentions by the name given, spaces collapsed, the separator a scribe typed after the marker dropped. */
export function inlinePlainText(nodes: readonly SerializedNote[], nameOf: (participantId: string) => string): string {
  const pieces: string[] = [];
  const visit = (node: SerializedNote) => {
    if (node.type === 'text') pieces.push(String(node['text'] ?? ''));
    else if (node.type === SPEAKER_MENTION_TYPE) pieces.push(nameOf(String(node['participantId'] ?? '')));
    else if (node.type === 'linebreak' || node.type === 'tab') pieces.push(' ');
    else for (const child of node.children ?? []) visit(child);
  };
  nodes.forEach(visit);
  return tidyItemText(pieces.join(''));
}

export function tidyItemText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().replace(/^[:\-–—]\s*/u, '');
}
