import { SPEAKER_MENTION_TYPE, type SerializedNote } from '../meeting/notesSchema';
import { isRightToLeft } from './direction';
import { safeLinkTarget } from './links';
import { labelListItems } from './listMarkers';
import { runsText, type ListStyle, type ReportBlock, type ReportListItem, type ReportRun } from './model';
import type { SpeakerNamer } from './naming';
import { formatFromBits, mergeRuns, trimRuns } from './runs';

/** What converting notes needs from the report being built. */
export type NotesContext = {
  namer: SpeakerNamer;
  /** A new list id, unique in the report, so each typed list numbers from its own start. */
  nextListId: () => number;
};

const CHECKBOX = { checked: '\u2611 ', unchecked: '\u2610 ' } as const;

/** The blocks of one section of notes: its paragraphs and lists, in order, empty paragraphs left out. */
export function notesToBlocks(nodes: readonly SerializedNote[], context: NotesContext): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  for (const node of nodes) {
    if (node.type === 'list') {
      const items = labelListItems(listItems(node, 0, context));
      if (items.length > 0) blocks.push({ kind: 'list', items });
      continue;
    }
    // A paragraph, or inline content left at the top level by a foreign editor state: read it as a paragraph.
    const runs = trimRuns(mergeRuns(node.type === 'paragraph' ? inlineRuns(node.children ?? [], context) : inlineRuns([node], context)));
    if (runsText(runs).trim() !== '') blocks.push({ kind: 'paragraph', role: 'notes', runs, rtl: isRightToLeft(runsText(runs)) });
  }
  return blocks;
}

/** A Lexical list, flattened: nested lists follow their parent item one level deeper. */
function listItems(list: SerializedNote, level: number, context: NotesContext): ReportListItem[] {
  const listId = context.nextListId();
  const style: ListStyle = list['listType'] === 'number' ? 'numbered' : 'bulleted';
  const start = typeof list['start'] === 'number' ? list['start'] : 1;
  const items: ReportListItem[] = [];
  for (const child of list.children ?? []) {
    const inline = (child.children ?? []).filter((node) => node.type !== 'list');
    const runs = trimRuns(mergeRuns(inlineRuns(inline, context)));
    if (runsText(runs).trim() !== '') {
      const checkbox = list['listType'] === 'check' ? [{ text: child['checked'] === true ? CHECKBOX.checked : CHECKBOX.unchecked }] : [];
      const itemRuns = mergeRuns([...checkbox, ...runs]);
      items.push({ level, style, listId, start, label: '', runs: itemRuns, rtl: isRightToLeft(runsText(runs)) });
    }
    for (const nested of (child.children ?? []).filter((node) => node.type === 'list')) {
      for (const item of listItems(nested, level + 1, context)) items.push(item);
    }
  }
  return items;
}

/** The runs of inline nodes: text with its formatting, mentions as names, links with safe addresses. */
function inlineRuns(nodes: readonly SerializedNote[], context: NotesContext, link?: string): ReportRun[] {
  const runs: ReportRun[] = [];
  for (const node of nodes) {
    for (const run of nodeRuns(node, context, link)) runs.push(run);
  }
  return runs;
}

function nodeRuns(node: SerializedNote, context: NotesContext, link: string | undefined): ReportRun[] {
  const withLink = (run: ReportRun): ReportRun => (link === undefined ? run : { ...run, link });
  switch (node.type) {
    case 'text':
      return [withLink({ text: String(node['text'] ?? ''), ...formatFromBits(Number(node['format'] ?? 0)) })];
    case SPEAKER_MENTION_TYPE:
      return [withLink({ text: context.namer.mention(String(node['participantId'])) })];
    case 'linebreak':
      return [withLink({ text: '\n' })];
    case 'tab':
      return [withLink({ text: '\t' })];
    case 'link':
    case 'autolink':
      // An address not safe to follow keeps its text, unlinked; an inner link never overrides an outer one.
      return inlineRuns(node.children ?? [], context, link ?? safeLinkTarget(String(node['url'] ?? '')));
    default:
      return inlineRuns(node.children ?? [], context, link);
  }
}
