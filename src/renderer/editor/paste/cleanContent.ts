/**
 * What survives a paste, as plain data: paragraphs and (nested) lists of text
 * runs that carry only emphasis and an already-checked link. Whatever a source
 * program put on the clipboard is read into this shape first, so nothing it
 * did not name here (styles, classes, images, scripts, …) can come along.
 */

export interface Marks {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly strike: boolean;
  /** An http, https or mailto address that checkExternalUrl accepted; null outside links. */
  readonly href: string | null;
}

export type CleanInline =
  | { kind: 'text'; text: string; marks: Marks }
  | { kind: 'break' };

export interface CleanParagraph {
  kind: 'paragraph';
  inlines: CleanInline[];
}

export type ListType = 'bullet' | 'number';

export interface CleanListItem {
  inlines: CleanInline[];
  /** Lists nested under this item, in order. */
  lists: CleanList[];
}

export interface CleanList {
  kind: 'list';
  listType: ListType;
  start: number;
  items: CleanListItem[];
}

export type CleanBlock = CleanParagraph | CleanList;

export const NO_MARKS: Marks = { bold: false, italic: false, underline: false, strike: false, href: null };

export function sameMarks(a: Marks, b: Marks): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strike === b.strike && a.href === b.href;
}

/** HTML's collapsible white space (not the no-break space, which Word uses deliberately). */
const COLLAPSIBLE_SPACE = /[ \t\n\r\f]+/g;

function endsWithSpaceOrBreak(inlines: readonly CleanInline[]): boolean {
  const last = inlines[inlines.length - 1];
  return last === undefined || last.kind === 'break' || /[ \u00a0]$/.test(last.text);
}

function pushText(inlines: CleanInline[], text: string, marks: Marks): void {
  if (text === '') return;
  const last = inlines[inlines.length - 1];
  if (last?.kind === 'text' && sameMarks(last.marks, marks)) last.text += text;
  else inlines.push({ kind: 'text', text, marks });
}

/**
 * Adds text as a browser would lay it out: runs of spaces and newlines become
 * one space (none at the start of a line), unless the source kept white space
 * as typed (Google Docs' `white-space: pre-wrap`, `<pre>`), where newlines are
 * line breaks. No-break spaces become plain spaces: they only mattered to the
 * source's layout.
 */
export function appendText(inlines: CleanInline[], raw: string, marks: Marks, preserveWhitespace: boolean): void {
  if (preserveWhitespace) {
    raw.split(/\r\n|\r|\n/).forEach((line, index) => {
      if (index > 0) appendBreak(inlines);
      pushText(inlines, line.replace(/[\t\u00a0]/g, ' '), marks);
    });
    return;
  }
  let text = raw.replace(COLLAPSIBLE_SPACE, ' ');
  if (text.startsWith(' ') && endsWithSpaceOrBreak(inlines)) text = text.slice(1);
  pushText(inlines, text.replace(/\u00a0/g, ' '), marks);
}

export function appendBreak(inlines: CleanInline[]): void {
  const last = inlines[inlines.length - 1];
  if (last?.kind === 'text') last.text = last.text.replace(/ +$/, '');
  inlines.push({ kind: 'break' });
}

function isBlankEdge(inline: CleanInline): boolean {
  return inline.kind === 'break' || inline.text.trim() === '';
}

/** Drops the blanks a layout leaves at a paragraph's edges: leading and trailing breaks and spaces, empty runs. */
export function trimInlines(inlines: readonly CleanInline[]): CleanInline[] {
  const trimmed = inlines.map((inline) => ({ ...inline }));
  while (trimmed[0] && isBlankEdge(trimmed[0])) trimmed.shift();
  while (trimmed[trimmed.length - 1] && isBlankEdge(trimmed[trimmed.length - 1]!)) trimmed.pop();
  const first = trimmed[0];
  if (first?.kind === 'text') first.text = first.text.trimStart();
  const last = trimmed[trimmed.length - 1];
  if (last?.kind === 'text') last.text = last.text.trimEnd();
  return trimmed.filter((inline) => inline.kind === 'break' || inline.text !== '');
}

export function hasText(inlines: readonly CleanInline[]): boolean {
  return inlines.some((inline) => inline.kind === 'text' && inline.text.trim() !== '');
}

function tidyList(list: CleanList): CleanList | null {
  const items = list.items
    .map((item) => ({ inlines: trimInlines(item.inlines), lists: tidyLists(item.lists) }))
    .filter((item) => hasText(item.inlines) || item.lists.length > 0);
  return items.length > 0 ? { ...list, items } : null;
}

function tidyLists(lists: readonly CleanList[]): CleanList[] {
  return lists.map(tidyList).filter((list): list is CleanList => list !== null);
}

/** The blocks as the editor should receive them: trimmed, without empty paragraphs, items or lists. */
export function tidyBlocks(blocks: readonly CleanBlock[]): CleanBlock[] {
  const tidy: CleanBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'list') {
      const list = tidyList(block);
      if (list) tidy.push(list);
    } else {
      const inlines = trimInlines(block.inlines);
      if (hasText(inlines)) tidy.push({ kind: 'paragraph', inlines });
    }
  }
  return tidy;
}
