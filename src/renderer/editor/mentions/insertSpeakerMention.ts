import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isElementNode, $isRangeSelection,
  type ElementNode, type LexicalEditor, type LexicalNode,
} from 'lexical';
import { $createSpeakerMentionNode } from '../nodes/SpeakerMentionNode';

function $currentBlock(): ElementNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  return $findMatchingParent(anchor, (node: LexicalNode) => $isElementNode(node) && !node.isInline() && node.getParent() !== null) as ElementNode | null;
}

/**
 * Starts a statement by this speaker: the mention goes at the start of the
 * current paragraph when it is empty, otherwise it opens a new paragraph after
 * it; a space follows and the caret sits after it, so typing goes on at once.
 */
export function insertSpeakerMention(editor: LexicalEditor, participantId: string, clockOffsetMs?: number): void {
  editor.update(() => {
    const current = $currentBlock();
    let block: ElementNode;
    if (current && current.getTextContentSize() === 0 && current.getChildrenSize() === 0) {
      block = current;
    } else {
      block = $createParagraphNode();
      if (current) current.insertAfter(block);
      else $getRoot().append(block);
    }
    const space = $createTextNode(' ');
    block.append($createSpeakerMentionNode(participantId, clockOffsetMs), space);
    space.select(1, 1);
  });
}
