import type { SerializedNote } from '../../../shared/meeting/notesSchema';
import type { CleanBlock, CleanInline, CleanList, CleanListItem, Marks } from './cleanContent';

/**
 * Clean pasted content as Lexical's serialized nodes, the same shapes the
 * editor saves: only text, linebreak, paragraph, list, listitem and link.
 */

/** Lexical's text format bits for the emphasis a paste keeps. */
export const FORMAT_BITS = { bold: 1, italic: 2, strike: 4, underline: 8 } as const;
export const KEPT_FORMAT_MASK = FORMAT_BITS.bold | FORMAT_BITS.italic | FORMAT_BITS.strike | FORMAT_BITS.underline;

const ELEMENT_FIELDS = { direction: null, format: '', indent: 0 } as const;

export function formatBits(marks: Marks): number {
  return (marks.bold ? FORMAT_BITS.bold : 0) | (marks.italic ? FORMAT_BITS.italic : 0)
    | (marks.strike ? FORMAT_BITS.strike : 0) | (marks.underline ? FORMAT_BITS.underline : 0);
}

export function textNote(text: string, format: number): SerializedNote {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

export function linkNote(url: string, children: SerializedNote[], type: 'link' | 'autolink' = 'link'): SerializedNote {
  return { type, version: 1, url, rel: 'noreferrer', target: null, title: null, children, ...ELEMENT_FIELDS };
}

export function paragraphNote(children: SerializedNote[]): SerializedNote {
  return { type: 'paragraph', version: 1, children, ...ELEMENT_FIELDS, textFormat: 0, textStyle: '' };
}

export function listNote(listType: 'bullet' | 'number', start: number, children: SerializedNote[]): SerializedNote {
  return { type: 'list', version: 1, listType, start, tag: listType === 'number' ? 'ol' : 'ul', children, ...ELEMENT_FIELDS };
}

export function listItemNote(children: SerializedNote[], value = 1): SerializedNote {
  return { type: 'listitem', version: 1, value, children, ...ELEMENT_FIELDS };
}

function inlineNote(inline: CleanInline): SerializedNote {
  return inline.kind === 'break' ? { type: 'linebreak', version: 1 } : textNote(inline.text, formatBits(inline.marks));
}

/** Text runs in order, neighbours with the same link gathered into one link node. */
export function serializeInlines(inlines: readonly CleanInline[]): SerializedNote[] {
  const notes: SerializedNote[] = [];
  let linkUrl: string | null = null;
  let linkChildren: SerializedNote[] = [];
  for (const inline of inlines) {
    const href = inline.kind === 'text' ? inline.marks.href : null;
    if (href !== null && href === linkUrl) {
      linkChildren.push(inlineNote(inline));
      continue;
    }
    linkUrl = href;
    if (href === null) {
      notes.push(inlineNote(inline));
    } else {
      linkChildren = [inlineNote(inline)];
      notes.push(linkNote(href, linkChildren));
    }
  }
  return notes;
}

/** Lexical keeps a nested list in a list item of its own, right after the item it belongs to. */
function serializeItem(item: CleanListItem): SerializedNote[] {
  const notes: SerializedNote[] = [];
  if (item.inlines.length > 0 || item.lists.length === 0) notes.push(listItemNote(serializeInlines(item.inlines)));
  for (const nested of item.lists) notes.push(listItemNote([serializeList(nested)]));
  return notes;
}

function serializeList(list: CleanList): SerializedNote {
  const items = list.items.flatMap(serializeItem).map((item, index) => ({ ...item, value: list.start + index }));
  return listNote(list.listType, list.start, items);
}

export function serializeBlocks(blocks: readonly CleanBlock[]): SerializedNote[] {
  return blocks.map((block) => (block.kind === 'list' ? serializeList(block) : paragraphNote(serializeInlines(block.inlines))));
}

/** One pasted paragraph joins the paragraph at the caret instead of splitting it: only its content is inserted. */
export function inlineIfSingleParagraph(notes: SerializedNote[]): SerializedNote[] {
  const only = notes.length === 1 ? notes[0] : undefined;
  return only?.type === 'paragraph' && only.children ? only.children : notes;
}
