import { $findMatchingParent } from '@lexical/utils';
import { $getNodeByKey, $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { $isAgendaHeadingNode } from '../nodes/AgendaHeadingNode';
import { $isSpeakerMentionNode, type SpeakerMentionNode } from '../nodes/SpeakerMentionNode';
import type { IndexedMention } from './mentionIndexStore';

interface TopLevelPlace {
  index: number;
  itemId: string | null;
}

/** One pass over the top-level blocks (not their text): each block's position and the agenda section it is in. */
function $topLevelPlaces(): Map<string, TopLevelPlace> {
  const places = new Map<string, TopLevelPlace>();
  let itemId: string | null = null;
  let index = 0;
  for (let node = $getRoot().getFirstChild(); node; node = node.getNextSibling()) {
    if ($isAgendaHeadingNode(node)) itemId = node.getItemId();
    places.set(node.getKey(), { index, itemId });
    index += 1;
  }
  return places;
}

/** The paragraph or list item a mention belongs to (links and other inline elements are looked through). */
export function $paragraphOf(node: LexicalNode): LexicalNode | null {
  return $findMatchingParent(node, (candidate) => candidate !== node && $isElementNode(candidate) && !candidate.isInline());
}

interface PlacedNode {
  node: SpeakerMentionNode;
  paragraphKey: string;
  place: TopLevelPlace;
}

function $place(key: string, places: Map<string, TopLevelPlace>): PlacedNode | undefined {
  const node = $getNodeByKey(key);
  if (!$isSpeakerMentionNode(node) || !node.isAttached()) return undefined;
  const top = node.getTopLevelElement();
  const place = top ? places.get(top.getKey()) : undefined;
  const paragraph = $paragraphOf(node);
  return place && paragraph ? { node, paragraphKey: paragraph.getKey(), place } : undefined;
}

/**
 * The given mentions in document order, with their section and paragraph. Costs one
 * walk over the top-level blocks plus the mentions themselves; it runs when mentions
 * or headings change, never on ordinary typing.
 */
export function $readMentionsInOrder(keys: Iterable<string>): IndexedMention[] {
  const places = $topLevelPlaces();
  const placed: PlacedNode[] = [];
  for (const key of keys) {
    const found = $place(key, places);
    if (found) placed.push(found);
  }
  // Two mentions in the same top-level block are rare; only then is the costlier isBefore needed.
  placed.sort((a, b) => a.place.index - b.place.index || (a.node.isBefore(b.node) ? -1 : 1));
  return placed.map(({ node, paragraphKey, place }) => ({
    key: node.getKey(),
    participantId: node.getParticipantId(),
    itemId: place.itemId,
    paragraphId: paragraphKey,
  }));
}
