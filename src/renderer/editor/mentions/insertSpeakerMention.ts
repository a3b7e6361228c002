import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isElementNode, $isRangeSelection, $isTextNode,
  type BaseSelection, type ElementNode, type LexicalEditor, type LexicalNode,
} from 'lexical';
import { $createSpeakerMentionNode, type SpeakerMentionNode } from '../nodes/SpeakerMentionNode';
import { $rememberAutoSpace } from './autoSpace';
import { $asOwnUndoStep } from './undoStep';

function $currentBlock(selection: BaseSelection | null): ElementNode | null {
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  return $findMatchingParent(anchor, (node: LexicalNode) => $isElementNode(node) && !node.isInline() && node.getParent() !== null) as ElementNode | null;
}

function $isEmptyBlock(block: ElementNode): boolean {
  return block.getChildrenSize() === 0;
}

/** A new block after the caret's, as Enter at its end would make (a list item in a list, else a paragraph). */
function $newBlockAfter(current: ElementNode | null, selection: BaseSelection | null): ElementNode {
  const created = current && $isRangeSelection(selection) ? current.insertNewAfter(selection, false) : null;
  if ($isElementNode(created)) return created;
  const paragraph = $createParagraphNode();
  if (current) current.insertAfter(paragraph);
  else $getRoot().append(paragraph);
  return paragraph;
}

/** Puts the caret after a space following the mention: the next typed word reads "Jim observed …". */
export function $continueAfterMention(mention: SpeakerMentionNode): void {
  const next = mention.getNextSibling();
  // Inserted before existing text that already starts with a space: keep that space, caret before it.
  if ($isTextNode(next) && next.isSimpleText() && /^\s/u.test(next.getTextContent())) {
    next.select(0, 0);
    return;
  }
  const space = $createTextNode(' ');
  mention.insertAfter(space);
  space.select(1, 1);
  $rememberAutoSpace(space, 1);
}

/**
 * Starts a statement by this speaker: the mention goes at the start of the
 * current paragraph when it is empty, otherwise it opens a new paragraph after
 * it; a space follows and the caret sits after it, so typing goes on at once.
 * Work is local to the caret's paragraph, whatever the size of the notes.
 */
export function insertSpeakerMention(editor: LexicalEditor, participantId: string, clockOffsetMs?: number): void {
  editor.update(() => {
    const selection = $getSelection();
    const current = $currentBlock(selection);
    const block = current && $isEmptyBlock(current) ? current : $newBlockAfter(current, selection);
    const mention = $createSpeakerMentionNode(participantId, clockOffsetMs);
    block.append(mention);
    $continueAfterMention(mention);
    $asOwnUndoStep();
  });
}
