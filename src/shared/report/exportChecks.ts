import { collectNotedItems, holdsMarker } from '../actions/collect';
import { agendaLabel } from '../meeting/agendaNumbering';
import { AGENDA_HEADING_TYPE, SPEAKER_MENTION_TYPE, type SerializedNote } from '../meeting/notesSchema';
import type { Meeting } from '../meeting/schema';
import { safeLinkTarget } from './links';
import { hasVisibleNotes, splitNotesByAgendaItem } from './notesSections';

export type ExportCheckKind = 'no-speaker' | 'item-without-notes' | 'unknown-speaker' | 'link-without-address' | 'action-without-owner';

/** Where to take the user: an agenda item, or a top-level block of the notes by its index. */
export type ExportCheckPlace = { itemId: string } | { blockIndex: number };

export interface ExportCheck {
  kind: ExportCheckKind;
  message: string;
  place: ExportCheckPlace;
}

const MAX_CHECKS_PER_KIND = 50;

function textOf(node: SerializedNote): string {
  if (node.type === 'text') return String(node['text'] ?? '');
  return (node.children ?? []).map(textOf).join('');
}

function* descendants(node: SerializedNote): Generator<SerializedNote> {
  for (const child of node.children ?? []) {
    yield child;
    yield* descendants(child);
  }
}

const excerpt = (text: string) => {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
};

/**
 * What looks wrong before the report goes out, each with the place to fix it:
 * statements nobody is credited with, items nobody took notes on, mentions of
 * people no longer in the participant list, links that lead nowhere.
 */
export function findExportChecks(meeting: Meeting): ExportCheck[] {
  const checks: ExportCheck[] = [];
  const participantIds = new Set(meeting.participants.map((p) => p.id));
  const counts = new Map<ExportCheckKind, number>();
  const add = (check: ExportCheck) => {
    const count = counts.get(check.kind) ?? 0;
    if (count < MAX_CHECKS_PER_KIND) checks.push(check);
    counts.set(check.kind, count + 1);
  };

  meeting.notes.root.children.forEach((block, blockIndex) => {
    if (block.type === AGENDA_HEADING_TYPE) return;
    const nodes = [...descendants(block)];
    // An action or a decision is a record of the group, not a statement: it needs no speaker.
    if (block.type === 'paragraph' && textOf(block).trim() !== '' && !nodes.some((n) => n.type === SPEAKER_MENTION_TYPE) && !holdsMarker(block)) {
      add({ kind: 'no-speaker', message: `No speaker: “${excerpt(textOf(block))}”`, place: { blockIndex } });
    }
    for (const node of nodes) {
      if (node.type === SPEAKER_MENTION_TYPE && !participantIds.has(String(node['participantId']))) {
        add({ kind: 'unknown-speaker', message: `A speaker who is no longer in the participant list: “${excerpt(textOf(block))}”`, place: { blockIndex } });
      }
      if ((node.type === 'link' || node.type === 'autolink') && safeLinkTarget(String(node['url'] ?? '')) === undefined) {
        add({ kind: 'link-without-address', message: `Link without a usable address: “${excerpt(textOf(node))}”`, place: { blockIndex } });
      }
    }
  });

  for (const action of collectNotedItems(meeting.notes).actions) {
    if (!action.done && !action.ownerIds.some((id) => participantIds.has(id))) {
      add({ kind: 'action-without-owner', message: `Action without an owner: “${excerpt(action.content.map(textOf).join(''))}”`, place: { blockIndex: action.blockIndex } });
    }
  }

  const ids = meeting.agenda.flatMap((item) => [item.id, ...item.children.map((c) => c.id)]);
  const sections = splitNotesByAgendaItem(meeting.notes, new Set(ids));
  for (const item of meeting.agenda) {
    const withChildren = [item, ...item.children];
    for (const entry of withChildren) {
      if (entry.link !== undefined && safeLinkTarget(entry.link) === undefined) {
        add({ kind: 'link-without-address', message: `Agenda item “${agendaLabel(meeting.agenda, entry.id)}” is a link without a usable address`, place: { itemId: entry.id } });
      }
    }
    const itemHasNotes = withChildren.some((entry) => hasVisibleNotes(sections.byItem.get(entry.id) ?? []));
    if (!itemHasNotes) add({ kind: 'item-without-notes', message: `No notes under “${agendaLabel(meeting.agenda, item.id)}”`, place: { itemId: item.id } });
  }
  for (const [kind, count] of counts) {
    if (count > MAX_CHECKS_PER_KIND) checks.push({ kind, message: `…and ${count - MAX_CHECKS_PER_KIND} more like these`, place: checks.find((c) => c.kind === kind)!.place });
  }
  return checks;
}
