import { AGENDA_HEADING_TYPE, SPEAKER_MENTION_TYPE, type SerializedNote, type SerializedNotes } from '../meeting/notesSchema';

/**
 * The notes are one Lexical document in typing order; an `agenda-heading` node
 * opens the section of one agenda item or sub-item. The report groups them by
 * agenda item, so notes typed when the group came back to an item later join
 * that item's section.
 */
export type NoteSections = {
  /** Notes typed before the first agenda heading: they open the Discussion. */
  opening: SerializedNote[];
  byItem: Map<string, SerializedNote[]>;
};

export function splitNotesByAgendaItem(notes: SerializedNotes, agendaItemIds: ReadonlySet<string>): NoteSections {
  const sections: NoteSections = { opening: [], byItem: new Map() };
  let current = sections.opening;
  for (const node of notes.root.children) {
    if (node.type === AGENDA_HEADING_TYPE) {
      const itemId = String(node['itemId']);
      // A heading of an item since deleted from the agenda: its notes stay where they were typed, never lost.
      if (!agendaItemIds.has(itemId)) continue;
      current = sections.byItem.get(itemId) ?? [];
      sections.byItem.set(itemId, current);
      continue;
    }
    current.push(node);
  }
  return sections;
}

/** Whether nodes hold anything a reader would see: some text, or a speaker mention. */
export function hasVisibleNotes(nodes: readonly SerializedNote[]): boolean {
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === SPEAKER_MENTION_TYPE) return true;
    if (node.type === 'text' && typeof node['text'] === 'string' && node['text'].trim() !== '') return true;
    for (const child of node.children ?? []) stack.push(child);
  }
  return false;
}
