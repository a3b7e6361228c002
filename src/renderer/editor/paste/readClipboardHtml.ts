import { appendBreak, appendText, NO_MARKS, tidyBlocks, type CleanBlock, type CleanInline, type CleanList, type CleanListItem, type Marks } from './cleanContent';
import { styleFacts, type StyleFacts } from './inlineStyle';
import { openableUrl } from './linkUrls';
import { classifyListMarker, nestWordListEntries, type WordListEntry } from './wordLists';

/**
 * Reads clipboard HTML (from Word, Outlook, Google Docs, web pages) into
 * clean blocks. Nothing of the parsed document is ever attached to the page
 * or copied over: the walk only reads text, a few tag names and the href of
 * links, and builds new data from them. DOMParser documents run no script and
 * load nothing, so parsing itself is inert.
 */

/** Content that is never notes: code, embedded objects, media, forms, metadata. Dropped with everything inside. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param',
  'img', 'picture', 'source', 'track', 'video', 'audio', 'canvas', 'svg', 'math', 'map', 'area', 'head', 'title',
  'meta', 'link', 'base', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output',
  'progress', 'meter', 'dialog', 'xml',
]);

/** Elements that stand as blocks of their own; their text becomes paragraphs. */
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'address', 'article', 'aside', 'section',
  'header', 'footer', 'main', 'nav', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot',
  'tr', 'td', 'th', 'caption', 'center', 'details', 'summary', 'fieldset', 'legend', 'form', 'hr', 'li',
]);

const TAG_MARKS: Record<string, Partial<Marks>> = {
  b: { bold: true }, strong: { bold: true },
  i: { italic: true }, em: { italic: true }, cite: { italic: true }, dfn: { italic: true }, var: { italic: true },
  u: { underline: true }, ins: { underline: true },
  s: { strike: true }, strike: { strike: true }, del: { strike: true },
};

/** Where text goes: the top level makes paragraphs, a list item collects its own runs and nested lists. */
interface Sink {
  inlines(): CleanInline[];
  isOpen(): boolean;
  endParagraph(): void;
  addList(list: CleanList): void;
}

interface Walk {
  sink: Sink;
  marks: Marks;
  preserveWhitespace: boolean;
}

function topLevelSink(blocks: CleanBlock[]): Sink {
  let open: CleanInline[] | null = null;
  return {
    inlines: () => {
      if (!open) {
        open = [];
        blocks.push({ kind: 'paragraph', inlines: open });
      }
      return open;
    },
    isOpen: () => open !== null,
    endParagraph: () => { open = null; },
    addList: (list) => {
      open = null;
      blocks.push(list);
    },
  };
}

function listItemSink(item: CleanListItem): Sink {
  return {
    inlines: () => item.inlines,
    isOpen: () => item.inlines.length > 0,
    // Paragraphs inside one list item (Google Docs wraps each item's text in <p>) become line breaks.
    endParagraph: () => {
      const last = item.inlines[item.inlines.length - 1];
      if (last && last.kind !== 'break') appendBreak(item.inlines);
    },
    addList: (list) => { item.lists.push(list); },
  };
}

function tagOf(element: Element): string {
  return element.localName.toLowerCase();
}

function isSkipped(element: Element, tag: string, facts: StyleFacts): boolean {
  // VML (v:shape, v:imagedata) is Word's drawing layer; Chromium's interchange newline is a marker, not content.
  return DROPPED.has(tag) || tag.startsWith('v:') || element.hasAttribute('hidden') || facts.hidden === true
    || facts.wordListMarker === true || element.classList.contains('Apple-interchange-newline');
}

function innerWalk(element: Element, tag: string, facts: StyleFacts, walk: Walk): Walk {
  const marks = { ...walk.marks, ...TAG_MARKS[tag] };
  if (tag === 'a') marks.href = openableUrl(element.getAttribute('href')) ?? walk.marks.href;
  for (const key of ['bold', 'italic', 'underline', 'strike'] as const) {
    const value = facts[key];
    if (value !== undefined) marks[key] = value;
  }
  // Programs underline link text to look like a link; in the notes the link itself shows that.
  if (marks.href !== null) marks.underline = false;
  const preserveWhitespace = tag === 'pre' || (facts.preserveWhitespace ?? walk.preserveWhitespace);
  return { ...walk, marks, preserveWhitespace };
}

function walkText(text: string, walk: Walk): void {
  if (!walk.preserveWhitespace && !walk.sink.isOpen() && /^[ \t\n\r\f]*$/.test(text)) return;
  appendText(walk.sink.inlines(), text, walk.marks, walk.preserveWhitespace);
}

function walkElement(element: Element, walk: Walk): void {
  const tag = tagOf(element);
  const facts = styleFacts(element.getAttribute('style'));
  if (isSkipped(element, tag, facts)) return;
  if (tag === 'br') {
    appendBreak(walk.sink.inlines());
  } else if (facts.wordTab) {
    appendText(walk.sink.inlines(), ' ', walk.marks, false);
  } else if (tag === 'ul' || tag === 'ol') {
    walk.sink.addList(readList(element, innerWalk(element, tag, facts, walk)));
  } else if (BLOCKS.has(tag)) {
    walk.sink.endParagraph();
    walkChildren(element, innerWalk(element, tag, facts, walk));
    walk.sink.endParagraph();
  } else {
    walkChildren(element, innerWalk(element, tag, facts, walk));
  }
}

/** Word's `<![if !supportLists]>` … `<![endif]>` (bogus comments once parsed) hold fallbacks for other browsers: the list marker, duplicate breaks. */
function isDownlevelIf(node: Node): boolean {
  return node.nodeType === Node.COMMENT_NODE && /^\[if\s[^\]]*\]$/i.test((node as Comment).data.trim());
}

function isEndIf(node: Node): boolean {
  return node.nodeType === Node.COMMENT_NODE && /^\[endif\]$/i.test((node as Comment).data.trim());
}

function wordListLevelOf(node: Node) {
  if (node.nodeType !== Node.ELEMENT_NODE) return undefined;
  const element = node as Element;
  const tag = tagOf(element);
  if (tag === 'li' || !BLOCKS.has(tag)) return undefined;
  return styleFacts(element.getAttribute('style')).wordListLevel;
}

function isBetweenListParagraphs(node: Node): boolean {
  return node.nodeType === Node.COMMENT_NODE || (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '');
}

function wordListMarkerText(paragraph: Element): string {
  for (const element of paragraph.querySelectorAll('[style]')) {
    if (styleFacts(element.getAttribute('style')).wordListMarker) return element.textContent ?? '';
  }
  return '';
}

function readWordListEntry(paragraph: Element, walk: Walk): WordListEntry {
  const level = wordListLevelOf(paragraph)!;
  const item: CleanListItem = { inlines: [], lists: [] };
  const tag = tagOf(paragraph);
  walkChildren(paragraph, { ...innerWalk(paragraph, tag, styleFacts(paragraph.getAttribute('style')), walk), sink: listItemSink(item) });
  return { ...level, ...classifyListMarker(wordListMarkerText(paragraph)), inlines: item.inlines };
}

/** Reads the run of Word list paragraphs starting at `from`; returns the index of the last node it used. */
function readWordListRun(nodes: readonly ChildNode[], from: number, walk: Walk): number {
  const entries: WordListEntry[] = [];
  let last = from;
  for (let index = from; index < nodes.length; index += 1) {
    const node = nodes[index]!;
    if (wordListLevelOf(node)) {
      entries.push(readWordListEntry(node as Element, walk));
      last = index;
    } else if (!isBetweenListParagraphs(node)) {
      break;
    }
  }
  for (const list of nestWordListEntries(entries)) walk.sink.addList(list);
  return last;
}

function walkChildren(parent: Node, walk: Walk): void {
  walkNodes([...parent.childNodes], walk);
}

function walkNodes(nodes: readonly ChildNode[], walk: Walk): void {
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index]!;
    if (isDownlevelIf(node)) {
      const end = nodes.findIndex((candidate, at) => at > index && isEndIf(candidate));
      if (end > index) index = end;
    } else if (wordListLevelOf(node)) {
      index = readWordListRun(nodes, index, walk);
    } else if (node.nodeType === Node.TEXT_NODE) {
      walkText(node.textContent ?? '', walk);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      walkElement(node as Element, walk);
    }
  }
}

function parseStart(value: string | null): number {
  const start = Number.parseInt(value ?? '', 10);
  return Number.isInteger(start) && start >= 0 && start <= 100_000 ? start : 1;
}

/** A <ul>/<ol>. Google Docs and Outlook put a sub-list directly in the list, after the item it belongs to. */
function readList(element: Element, walk: Walk): CleanList {
  const list: CleanList = { kind: 'list', listType: tagOf(element) === 'ol' ? 'number' : 'bullet', start: 1, items: [] };
  if (list.listType === 'number') list.start = parseStart(element.getAttribute('start'));
  const lastItem = () => {
    if (list.items.length === 0) list.items.push({ inlines: [], lists: [] });
    return list.items[list.items.length - 1]!;
  };
  for (const child of element.childNodes) {
    if (child.nodeType === Node.ELEMENT_NODE && tagOf(child as Element) === 'li') {
      const item: CleanListItem = { inlines: [], lists: [] };
      list.items.push(item);
      walkChildren(child, { ...innerWalk(child as Element, 'li', styleFacts((child as Element).getAttribute('style')), walk), sink: listItemSink(item) });
    } else if (child.nodeType === Node.ELEMENT_NODE || (child.textContent ?? '').trim() !== '') {
      // A nested <ul>/<ol>, or stray content, belongs to the item before it.
      walkNodes([child], { ...walk, sink: listItemSink(lastItem()) });
    }
  }
  return list;
}

/** The notes' version of a clipboard HTML document: paragraphs and nested lists of emphasised, linked text. */
export function readClipboardHtml(html: string): CleanBlock[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const blocks: CleanBlock[] = [];
  walkChildren(parsed.body, { sink: topLevelSink(blocks), marks: NO_MARKS, preserveWhitespace: false });
  return tidyBlocks(blocks);
}
