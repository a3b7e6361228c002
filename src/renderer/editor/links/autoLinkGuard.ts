import { $isAutoLinkNode, registerAutoLink, type LinkMatcher } from '@lexical/link';
import { $isTextNode, TextNode, type LexicalEditor, type LexicalNode } from 'lexical';

/**
 * Whether Lexical's link detection could change anything for this text node: it edits or unwraps a
 * link the node is in or next to, and creates one only from text that may hold an address, in the node
 * and the plain text nodes after it up to the first with a space (the text it reads). Anything else it
 * would walk through and leave as it was.
 */
export function $autoLinkMayAct(node: TextNode, mayHoldLink: (text: string) => boolean): boolean {
  if ($isAutoLinkNode(node.getParent()) || $isAutoLinkNode(node.getPreviousSibling())) return true;
  let next: LexicalNode | null = node.getNextSibling();
  if ($isAutoLinkNode(next)) return true;
  let text = node.getTextContent();
  // As Lexical gathers them (getTextNodesToMatch): on through plain text, up to one holding a space.
  while ($isTextNode(next) && next.isSimpleText()) {
    const more = next.getTextContent();
    text += more;
    if (/\s/u.test(more)) break;
    next = next.getNextSibling();
  }
  return mayHoldLink(text);
}

/**
 * Lexical's link detection (registerAutoLink), run only on text nodes it could act on. Its transform
 * runs on every text node an update touches, i.e. on every keystroke, and reads the node's neighbours
 * and the text after it before finding nothing to do; this check reads less. The editor it is given
 * passes everything else through unchanged.
 */
export function registerGuardedAutoLink(editor: LexicalEditor, matchers: LinkMatcher[], mayHoldLink: (text: string) => boolean): () => void {
  const registerNodeTransform: LexicalEditor['registerNodeTransform'] = (klass, transform) => editor.registerNodeTransform(
    klass,
    (klass as unknown) === TextNode ? (node) => {
      if ($autoLinkMayAct(node as unknown as TextNode, mayHoldLink)) transform(node);
    } : transform,
  );
  const guarded = new Proxy(editor, {
    get(target, property) {
      if (property === 'registerNodeTransform') return registerNodeTransform;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return registerAutoLink(guarded, { matchers, changeHandlers: [], excludeParents: [] });
}
