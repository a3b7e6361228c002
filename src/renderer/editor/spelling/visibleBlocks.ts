import { $getNearestNodeFromDOMNode, type LexicalEditor, type NodeKey } from 'lexical';
import { $textBlocksIn } from './blockText';

/** How far beyond the window's edges a block still counts as on screen: what a short scroll brings in. */
const MARGIN_PX = 400;

/** The first top-level block that ends below `top`: the blocks are in page order, so bisect (a dozen layout reads for thousands of blocks). */
function firstBelow(children: HTMLCollection, top: number): number {
  let low = 0;
  let high = children.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (children[middle]!.getBoundingClientRect().bottom < top) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The paragraphs and list items on screen or nearly: the only ones checked
 * apart from those just edited, so the cost of a check pass depends on the
 * window's size, not on the length of the notes.
 */
export function visibleTextBlocks(editor: LexicalEditor): NodeKey[] {
  const root = editor.getRootElement();
  if (!root || root.children.length === 0) return [];
  const top = -MARGIN_PX;
  const bottom = window.innerHeight + MARGIN_PX;
  const children = root.children;
  const keys: NodeKey[] = [];
  editor.read(() => {
    for (let index = firstBelow(children, top); index < children.length; index += 1) {
      const element = children[index]!;
      if (element.getBoundingClientRect().top > bottom) break;
      const node = $getNearestNodeFromDOMNode(element);
      if (node) $textBlocksIn(node, keys);
    }
  });
  return keys;
}
