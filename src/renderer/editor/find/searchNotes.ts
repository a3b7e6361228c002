import {
  $createRangeSelection, $getNodeByKey, $getRoot, $isElementNode, $isTabNode, $isTextNode, $setSelection,
  type ElementNode, type LexicalNode, type NodeKey, type TextNode,
} from 'lexical';
import { findInText, type FindOptions } from './textMatches';

/**
 * Find and replace over the typed text of the notes. Each block (paragraph,
 * list item) is searched as one string, so a match may cross bold or link
 * boundaries; agenda headings and speaker names are shown from the agenda and
 * participant list, not typed, so they are neither found nor replaced.
 * Everything here scans the whole document and runs only when the user
 * searches or replaces.
 */

export interface TextSegment {
  key: NodeKey;
  start: number;
  end: number;
}

export interface FoundMatch {
  /** Position of the match's block in document order, and of the match in the block's text. */
  blockIndex: number;
  start: number;
  segments: TextSegment[];
}

interface SearchBlock {
  text: string;
  pieces: Array<{ key: NodeKey; offset: number; length: number }>;
}

/** Stands for anything that is not typed text (a mention, a line break): no match can span it. */
const SEPARATOR = '\uFFFC';

function $addInline(node: LexicalNode, block: SearchBlock): void {
  if ($isTextNode(node) && !$isTabNode(node)) {
    const text = node.getTextContent();
    block.pieces.push({ key: node.getKey(), offset: block.text.length, length: text.length });
    block.text += text;
  } else if ($isElementNode(node) && node.isInline()) {
    for (const child of node.getChildren()) $addInline(child, block);
  } else {
    block.text += SEPARATOR;
  }
}

function newBlock(blocks: SearchBlock[]): SearchBlock {
  const block: SearchBlock = { text: '', pieces: [] };
  blocks.push(block);
  return block;
}

/** Every block element gets its entry, even when empty, so block positions survive a replace that empties one. */
function $collectBlocks(element: ElementNode, blocks: SearchBlock[]): void {
  const isRoot = element.getParent() === null;
  let block: SearchBlock | null = isRoot ? null : newBlock(blocks);
  for (const child of element.getChildren()) {
    if ($isElementNode(child) && !child.isInline()) {
      $collectBlocks(child, blocks);
      block = null;
    } else if (!isRoot) {
      block ??= newBlock(blocks);
      $addInline(child, block);
    }
  }
}

function segmentsOf(block: SearchBlock, start: number, end: number): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const piece of block.pieces) {
    const from = Math.max(start, piece.offset);
    const to = Math.min(end, piece.offset + piece.length);
    if (from < to) segments.push({ key: piece.key, start: from - piece.offset, end: to - piece.offset });
  }
  return segments;
}

export function $findMatches(query: string, options: FindOptions): FoundMatch[] {
  const blocks: SearchBlock[] = [];
  $collectBlocks($getRoot(), blocks);
  return blocks.flatMap((block, blockIndex) => findInText(block.text, query, options)
    .map(({ start, end }) => ({ blockIndex, start, segments: segmentsOf(block, start, end) })));
}

function $segmentNode(segment: TextSegment): TextNode | null {
  const node = $getNodeByKey(segment.key);
  return $isTextNode(node) && node.getTextContentSize() >= segment.end ? node : null;
}

/** Puts the editor's selection on a match, so closing the find bar leaves the caret there. */
export function $selectMatch(match: FoundMatch): void {
  const first = match.segments[0];
  const last = match.segments[match.segments.length - 1];
  if (!first || !last || !$segmentNode(first) || !$segmentNode(last)) return;
  const selection = $createRangeSelection();
  selection.anchor.set(first.key, first.start, 'text');
  selection.focus.set(last.key, last.end, 'text');
  $setSelection(selection);
}

/** Replaces one match: the first piece takes the new text (and keeps its formatting), the others lose their part. */
export function $replaceMatch(match: FoundMatch, replacement: string): boolean {
  const nodes = match.segments.map($segmentNode);
  if (nodes.length === 0 || nodes.some((node) => node === null)) return false;
  for (let index = nodes.length - 1; index >= 0; index -= 1) {
    const segment = match.segments[index]!;
    const node = nodes[index]!.spliceText(segment.start, segment.end - segment.start, index === 0 ? replacement : '');
    if (node.getTextContentSize() === 0) node.remove();
  }
  return true;
}

/** Replaces every match, last first so that the offsets of the earlier ones stay true. Returns how many. */
export function $replaceAll(query: string, options: FindOptions, replacement: string): number {
  const matches = $findMatches(query, options);
  let replaced = 0;
  for (let index = matches.length - 1; index >= 0; index -= 1) {
    if ($replaceMatch(matches[index]!, replacement)) replaced += 1;
  }
  return replaced;
}
