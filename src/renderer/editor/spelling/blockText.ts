import { $isListItemNode } from '@lexical/list';
import {
  $createRangeSelection, $getSelection, $isElementNode, $isLineBreakNode, $isParagraphNode, $isRangeSelection, $isRootNode,
  $isTextNode, $setSelection, type ElementNode, type LexicalEditor, type LexicalNode, type NodeKey,
} from 'lexical';

/**
 * The unit of spell-checking: a paragraph or list item, read as one string with
 * a map back to its text nodes. Mentions and other decorators are not text:
 * they read as an object character, which no word contains.
 */

export interface TextSegment {
  key: NodeKey;
  /** Where this text node's text lies in the block's text. */
  start: number;
  end: number;
}

export interface BlockText {
  text: string;
  segments: TextSegment[];
}

const OBJECT = '\uFFFC';

export function $isTextBlock(node: LexicalNode | null | undefined): node is ElementNode {
  return $isParagraphNode(node) || $isListItemNode(node);
}

/** The paragraph or list item a node is in (itself when it is one). */
export function $textBlockOf(node: LexicalNode): ElementNode | null {
  for (let current: LexicalNode | null = node; current; current = current.getParent()) {
    if ($isTextBlock(current)) return current;
  }
  return null;
}

export function $readBlockText(block: ElementNode): BlockText {
  let text = '';
  const segments: TextSegment[] = [];
  const walk = (element: ElementNode) => {
    for (let child = element.getFirstChild(); child; child = child.getNextSibling()) {
      if ($isTextNode(child)) {
        const content = child.getTextContent();
        segments.push({ key: child.getKey(), start: text.length, end: text.length + content.length });
        text += content;
      } else if ($isElementNode(child) && child.isInline()) {
        walk(child);
      } else {
        // A line break separates words; a mention, or a nested list inside a list item, is no part of them.
        text += $isLineBreakNode(child) ? '\n' : OBJECT;
      }
    }
  };
  walk(block);
  return { text, segments };
}

/** The text node and offset at a block offset; at a boundary between nodes, the start of a range looks right, its end left. */
export function locate(segments: readonly TextSegment[], offset: number, side: 'start' | 'end'): { key: NodeKey; offset: number } | null {
  const segment = side === 'start'
    ? segments.find((s) => s.start <= offset && offset < s.end) ?? segments.find((s) => s.end === offset)
    : segments.find((s) => s.start < offset && offset <= s.end) ?? segments.find((s) => s.start === offset);
  return segment ? { key: segment.key, offset: offset - segment.start } : null;
}

/** Where in its block a text node's offset is. */
export function $blockPoint(textKey: NodeKey, offset: number, node: LexicalNode): { block: ElementNode; text: BlockText; offset: number } | null {
  const block = $textBlockOf(node);
  if (!block) return null;
  const text = $readBlockText(block);
  const segment = text.segments.find((s) => s.key === textKey);
  return segment ? { block, text, offset: segment.start + Math.min(offset, segment.end - segment.start) } : null;
}

/** The caret's place in a block, when the selection is a caret in one of its text nodes. */
export function $caretInBlock(block: ElementNode, segments: readonly TextSegment[]): number | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return null;
  const segment = segments.find((s) => s.key === selection.anchor.key);
  return segment && block.isParentOf(selection.anchor.getNode()) ? segment.start + selection.anchor.offset : null;
}

/** Selects block offsets `start`–`end`, if `expected` is still what they hold. */
export function $selectInBlock(block: ElementNode, start: number, end: number, expected: string): boolean {
  const { text, segments } = $readBlockText(block);
  if (text.slice(start, end) !== expected) return false;
  const from = locate(segments, start, 'start');
  const to = locate(segments, end, 'end');
  if (!from || !to) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(from.key, from.offset, 'text');
  selection.focus.set(to.key, to.offset, 'text');
  $setSelection(selection);
  return true;
}

/** The paragraphs and list items inside a top-level node (a list holds many, nested lists included). */
export function $textBlocksIn(node: LexicalNode, into: NodeKey[]): void {
  if ($isTextBlock(node)) into.push(node.getKey());
  if (!$isElementNode(node) || $isRootNode(node)) return;
  for (let child = node.getFirstChild(); child; child = child.getNextSibling()) {
    if ($isElementNode(child) && !child.isInline()) $textBlocksIn(child, into);
  }
}

/** The DOM text of a text node: the first text inside its element (formats may nest it in <strong>, <em>…). */
export function domTextOf(editor: LexicalEditor, key: NodeKey): Text | null {
  let node: Node | null = editor.getElementByKey(key);
  while (node && node.nodeType !== Node.TEXT_NODE) node = node.firstChild;
  return node as Text | null;
}
