/** A speaker mention as the editor's index lists it, in document order. */
export interface PlacedMention {
  participantId: string;
  /** The agenda item whose section holds the mention; null for notes before the first item. */
  itemId: string | null;
  /** Identifies the paragraph (or list item) holding the mention. */
  paragraphId: string;
}

export interface WhoSpokeTally {
  /** Participant id → attributed paragraphs in the whole meeting. */
  total: Map<string, number>;
  /** Agenda item id (null: before the first item) → participant id → attributed paragraphs. */
  byItem: Map<string | null, Map<string, number>>;
}

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * How many paragraphs each person is credited with. A paragraph belongs to the
 * speaker its first mention names ("Jim observed that Chris's point …" is Jim's),
 * so people merely referred to are not counted as speaking.
 */
export function tallyWhoSpoke(mentionsInOrder: readonly PlacedMention[]): WhoSpokeTally {
  const tally: WhoSpokeTally = { total: new Map(), byItem: new Map() };
  const counted = new Set<string>();
  for (const mention of mentionsInOrder) {
    if (counted.has(mention.paragraphId)) continue;
    counted.add(mention.paragraphId);
    increment(tally.total, mention.participantId);
    let item = tally.byItem.get(mention.itemId);
    if (!item) {
      item = new Map();
      tally.byItem.set(mention.itemId, item);
    }
    increment(item, mention.participantId);
  }
  return tally;
}
