import { $findMatchingParent } from '@lexical/utils';
import {
  $getNodeByKey, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, type ElementNode, type LexicalEditor, type LexicalNode,
} from 'lexical';
import type { ActionFields } from '../../../shared/actions/markers';
import { newId } from '../../../shared/ids';
import { $createActionMarkerNode, $isActionMarkerNode, type ActionMarkerNode } from './ActionMarkerNode';
import { $createDecisionMarkerNode, $isDecisionMarkerNode } from './DecisionMarkerNode';

/**
 * Where a new marker goes, read when a command starts (a dialog takes the focus
 * away): the paragraph or list item at the caret, and, when words are selected,
 * the point where the selection starts, so part of a paragraph can be marked.
 */
export interface MarkTarget {
  blockKey: string;
  point?: { key: string; offset: number };
  /** Text typed before the item that is no part of it: "ACTION: " at the start, " due 2023-08-31" at the end. */
  strip?: { prefixLength: number; suffixStart?: number };
}

export function $isMarkableBlock(node: LexicalNode): node is ElementNode {
  return $isElementNode(node) && !node.isInline() && (node.getType() === 'paragraph' || node.getType() === 'listitem');
}

export function $blockOf(node: LexicalNode): ElementNode | null {
  return $findMatchingParent(node, $isMarkableBlock) as ElementNode | null;
}

/** The target at the caret, or null where nothing can be marked (an agenda heading, no selection). */
export function $markTargetAtSelection(): MarkTarget | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const start = selection.isBackward() ? selection.focus : selection.anchor;
  const block = $blockOf(start.getNode());
  if (!block) return null;
  const target: MarkTarget = { blockKey: block.getKey() };
  if (!selection.isCollapsed() && start.type === 'text') target.point = { key: start.key, offset: start.offset };
  return target;
}

export function $markersIn(block: ElementNode): LexicalNode[] {
  return block.getChildren().filter((child) => $isActionMarkerNode(child) || $isDecisionMarkerNode(child));
}

/** Removes the characters [start, end) of the block's direct text, node by node. */
function $removeTextRange(block: ElementNode, start: number, end: number): void {
  let offset = 0;
  for (const child of block.getChildren()) {
    const size = child.getTextContentSize();
    const from = Math.max(start, offset) - offset;
    const to = Math.min(end, offset + size) - offset;
    if (to > from && $isTextNode(child)) {
      const text = child.getTextContent();
      const kept = text.slice(0, from) + text.slice(to);
      if (kept === '') child.remove();
      else child.setTextContent(kept);
    }
    offset += size;
  }
}

function $insertAtTarget(block: ElementNode, target: MarkTarget, marker: LexicalNode): void {
  const pointNode = target.point ? $getNodeByKey(target.point.key) : null;
  if ($isTextNode(pointNode) && pointNode.getParent() === block && target.point!.offset > 0) {
    const parts = target.point!.offset < pointNode.getTextContentSize() ? pointNode.splitText(target.point!.offset) : [pointNode];
    parts[0]!.insertAfter(marker);
    return;
  }
  const first = block.getFirstChild();
  if (first) first.insertBefore(marker);
  else block.append(marker);
}

function $prepare(target: MarkTarget): ElementNode | null {
  const block = $getNodeByKey(target.blockKey);
  if (!block || !$isMarkableBlock(block)) return null;
  if (target.strip) {
    const { prefixLength, suffixStart } = target.strip;
    if (suffixStart !== undefined) $removeTextRange(block, suffixStart, block.getTextContentSize());
    $removeTextRange(block, 0, prefixLength);
  }
  return block;
}

export function $markAction(target: MarkTarget, fields: Omit<ActionFields, 'actionId'> & { actionId?: string }): ActionMarkerNode | null {
  const block = $prepare(target);
  if (!block) return null;
  const marker = $createActionMarkerNode({ ...fields, actionId: fields.actionId ?? newId('act') });
  $insertAtTarget(block, target, marker);
  return marker;
}

/** Marks a decision, or, pressed again in a paragraph that holds one, takes the mark away. */
export function $toggleDecision(target: MarkTarget): void {
  const block = $getNodeByKey(target.blockKey);
  if (!block || !$isMarkableBlock(block)) return;
  const existing = block.getChildren().find($isDecisionMarkerNode);
  if (existing && !target.strip) {
    existing.remove();
    return;
  }
  const prepared = $prepare(target);
  if (prepared) $insertAtTarget(prepared, target, $createDecisionMarkerNode(newId('dec')));
}

export function $actionMarkerByKey(key: string): ActionMarkerNode | null {
  const node = $getNodeByKey(key);
  return $isActionMarkerNode(node) ? node : null;
}

export function setActionFields(editor: LexicalEditor, key: string, patch: Partial<ActionFields>): void {
  editor.update(() => $actionMarkerByKey(key)?.setFields(patch));
}

export function removeMarker(editor: LexicalEditor, key: string): void {
  editor.update(() => $getNodeByKey(key)?.remove());
}

/** The words after a marker, up to the next marker or the block's end, as the notes show them. */
export function $itemText(marker: LexicalNode): string {
  let text = '';
  for (let next = marker.getNextSibling(); next && !$isActionMarkerNode(next) && !$isDecisionMarkerNode(next); next = next.getNextSibling()) {
    text += next.getTextContent();
  }
  return text.replace(/\s+/gu, ' ').trim().replace(/^[:\-–—]\s*/u, '');
}

/** Puts the caret just after the marker and shows its paragraph. */
export function goToMarker(editor: LexicalEditor, key: string): void {
  let blockKey: string | null = null;
  editor.update(() => {
    const node = $getNodeByKey(key);
    if (!node) return;
    blockKey = $blockOf(node)?.getKey() ?? null;
    node.selectNext(0, 0);
  }, {
    onUpdate: () => {
      editor.focus();
      if (blockKey) editor.getElementByKey(blockKey)?.scrollIntoView({ block: 'nearest' });
    },
  });
}
