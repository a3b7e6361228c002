import type { LexicalEditor, NodeKey, NodeMutation } from 'lexical';
import { $getNodeByKey } from 'lexical';
import { restoreParticipantsIfUndone } from '../../store/participantActions';
import { $paragraphOf, $readMentionsInOrder } from './mentionOrder';
import { publishMentions } from './mentionIndexStore';

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

  const onMentionMutations = (mutations: Map<NodeKey, NodeMutation>) => {
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
    if (changed) refresh();
  };

  return { onMentionMutations, refresh };
}
