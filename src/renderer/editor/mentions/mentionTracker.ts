import type { LexicalEditor, NodeKey, NodeMutation } from 'lexical';
import { $getNodeByKey, $nodesOfType } from 'lexical';
import { restoreParticipantsIfUndone } from '../../store/participantActions';
import { SpeakerMentionNode } from '../nodes/SpeakerMentionNode';
import { $paragraphOf, $readMentionsInOrder } from './mentionOrder';
import { publishMentions, useMentionIndexStore } from './mentionIndexStore';

export interface MentionTracker {
  onMentionMutations(mutations: Map<NodeKey, NodeMutation>): void;
  /** Re-reads the order, e.g. after agenda headings moved whole sections. */
  refresh(): void;
}

/**
 * Keeps the mention index current from Lexical's mutation reports, so nothing
 * scans the document while the scribe types. A mention that was only touched
 * (its neighbours changed) and stayed in its paragraph cannot have changed order.
 */
export function createMentionTracker(editor: LexicalEditor): MentionTracker {
  const keys = new Set<NodeKey>();
  const paragraphOf = new Map<NodeKey, NodeKey>();

  const refresh = () => {
    const mentions = editor.getEditorState().read(() => $readMentionsInOrder(keys));
    paragraphOf.clear();
    for (const mention of mentions) paragraphOf.set(mention.key, mention.paragraphId);
    publishMentions(mentions);
    restoreParticipantsIfUndone(mentions.map((mention) => mention.participantId));
  };

  const movedToAnotherParagraph = (key: NodeKey) => editor.getEditorState().read(() => {
    const node = $getNodeByKey(key);
    return !node || $paragraphOf(node)?.getKey() !== paragraphOf.get(key);
  });

  // The first report lists the mentions already in the notes: when the load indexed exactly these, that index is
  // taken as it stands instead of being read a second time (a new session has no deleted participants to restore).
  let starting = true;
  const adoptLoadedIndex = (): boolean => {
    const { mentions } = useMentionIndexStore.getState();
    if (mentions.length !== keys.size || !mentions.every((mention) => keys.has(mention.key))) return false;
    paragraphOf.clear();
    for (const mention of mentions) paragraphOf.set(mention.key, mention.paragraphId);
    return true;
  };

  const onMentionMutations = (mutations: Map<NodeKey, NodeMutation>) => {
    const first = starting;
    starting = false;
    let changed = false;
    for (const [key, mutation] of mutations) {
      if (mutation === 'destroyed') {
        keys.delete(key);
        changed = true;
      } else if (mutation === 'created') {
        keys.add(key);
        changed = true;
      } else if (!changed && movedToAnotherParagraph(key)) {
        changed = true;
      }
    }
    if (changed && !(first && adoptLoadedIndex())) refresh();
  };

  return { onMentionMutations, refresh };
}

/**
 * Indexes the mentions of notes being loaded, inside the update that loads them, so their elements are created
 * showing the names the index gives. Indexed only afterwards, most would first show the full name and then be
 * renamed in the DOM, and Lexical answers such a change by reading the page's layout while it is still being built.
 * The tracker, when it starts, finds these very mentions and takes this index as it is.
 */
export function $indexLoadedMentions(): void {
  publishMentions($readMentionsInOrder($nodesOfType(SpeakerMentionNode).map((node) => node.getKey())));
}
