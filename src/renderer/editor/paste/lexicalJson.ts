import type { ZodType } from 'zod';
import {
  ACTION_MARKER_TYPE, actionMarkerNodeSchema, DECISION_MARKER_TYPE, decisionMarkerNodeSchema, SPEAKER_MENTION_TYPE,
  speakerMentionNodeSchema, type SerializedNote,
} from '../../../shared/meeting/notesSchema';
import { openableUrl } from './linkUrls';
import { KEPT_FORMAT_MASK, linkNote, listItemNote, listNote, paragraphNote, textNote } from './serializeBlocks';

/**
 * Lexical's own clipboard format (application/x-lexical-editor) keeps speaker
 * mentions and exact structure when notes are copied within the app. Any web
 * page can put that format on the clipboard too, so it is rebuilt from the
 * node types the notes may hold, field by field: text loses any style,
 * links must be openable, the app's inline nodes (speaker mentions, action
 * and decision markers) must pass the file format's own schema, agenda
 * headings are dropped (the agenda owns them, a pasted one could only
 * duplicate or displace a section), and unknown blocks keep only their text.
 */

export const LEXICAL_CLIPBOARD_TYPE = 'application/x-lexical-editor';
const MAX_DEPTH = 40;
const MAX_TEXT = 1_000_000;

/** Where a node stands: top level, in a list item (inline content and nested lists), in a paragraph, in a link. */
type Context = 'block' | 'item' | 'inline' | 'link';
type RawNode = Record<string, unknown>;

function isRawNode(value: unknown): value is RawNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rawChildren(node: RawNode): unknown[] {
  return Array.isArray(node['children']) ? node['children'] : [];
}

function intIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

function sanitizeChildren(node: RawNode, context: Context, depth: number): SerializedNote[] {
  if (depth >= MAX_DEPTH) return [];
  return rawChildren(node).flatMap((child) => sanitizeNode(child, context, depth + 1));
}

function sanitizeText(node: RawNode): SerializedNote[] {
  const text = typeof node['text'] === 'string' ? node['text'].slice(0, MAX_TEXT) : '';
  return text === '' ? [] : [textNote(text, intIn(node['format'], 0, 1 << 20, 0) & KEPT_FORMAT_MASK)];
}

function sanitizeLink(node: RawNode, type: 'link' | 'autolink', context: Context, depth: number): SerializedNote[] {
  const children = sanitizeChildren(node, 'link', depth);
  if (context === 'link') return children;
  const url = openableUrl(typeof node['url'] === 'string' ? node['url'] : null);
  // A link the app would not open keeps its text: the words are notes, the address is not.
  return url ? [linkNote(url, children, type)] : children;
}

function sanitizeList(node: RawNode, depth: number): SerializedNote[] {
  const listType = node['listType'] === 'number' ? 'number' : 'bullet';
  const items = rawChildren(node).flatMap((child) => {
    if (depth >= MAX_DEPTH || !isRawNode(child)) return [];
    const children = child['type'] === 'listitem' ? sanitizeChildren(child, 'item', depth + 1) : sanitizeNode(child, 'item', depth + 1);
    return children.length > 0 ? [listItemNote(children, intIn(child['value'], 0, 100_000, 1))] : [];
  });
  return items.length > 0 ? [listNote(listType, intIn(node['start'], 0, 100_000, 1), items)] : [];
}

/** The app's own inline nodes, kept exactly when the file format would accept them. */
const APP_LEAF_SCHEMAS: Record<string, ZodType> = {
  [SPEAKER_MENTION_TYPE]: speakerMentionNodeSchema,
  [ACTION_MARKER_TYPE]: actionMarkerNodeSchema,
  [DECISION_MARKER_TYPE]: decisionMarkerNodeSchema,
};

function sanitizeAppLeaf(node: RawNode, schema: ZodType): SerializedNote[] {
  const parsed = schema.safeParse(node);
  return parsed.success ? [parsed.data as SerializedNote] : [];
}

function sanitizeParagraph(node: RawNode, context: Context, depth: number): SerializedNote[] {
  const children = sanitizeChildren(node, context === 'link' ? 'link' : 'inline', depth);
  return context === 'block' ? [paragraphNote(children)] : children;
}

/** A node of a type the notes do not hold: its content stays, as a paragraph where a block stood. */
function sanitizeUnknown(node: RawNode, context: Context, depth: number): SerializedNote[] {
  if (!Array.isArray(node['children'])) return [];
  const children = sanitizeChildren(node, context === 'link' ? 'link' : 'inline', depth);
  if (context !== 'block') return children;
  return children.length > 0 ? [paragraphNote(children)] : [];
}

function sanitizeNode(value: unknown, context: Context, depth: number): SerializedNote[] {
  if (!isRawNode(value)) return [];
  const appLeaf = typeof value['type'] === 'string' ? APP_LEAF_SCHEMAS[value['type']] : undefined;
  if (appLeaf) return sanitizeAppLeaf(value, appLeaf);
  switch (value['type']) {
    case 'text': return sanitizeText(value);
    case 'linebreak': return [{ type: 'linebreak', version: 1 }];
    case 'tab': return [{ type: 'tab', version: 1 }];
    case 'link': return sanitizeLink(value, 'link', context, depth);
    case 'autolink': return sanitizeLink(value, 'autolink', context, depth);
    case 'paragraph': return sanitizeParagraph(value, context, depth);
    // Lists stand at the top level or in list items; elsewhere only their words are kept.
    case 'list': return context === 'block' || context === 'item' ? sanitizeList(value, depth) : sanitizeUnknown(value, context, depth);
    default: return sanitizeUnknown(value, context, depth);
  }
}

/**
 * The nodes of a Lexical clipboard payload from this editor's namespace, made
 * safe; null when the payload is not one (the paste then falls back to HTML).
 */
export function sanitizeLexicalClipboard(json: string, namespace: string): SerializedNote[] | null {
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isRawNode(payload) || payload['namespace'] !== namespace || !Array.isArray(payload['nodes'])) return null;
  return payload['nodes'].flatMap((node) => sanitizeNode(node, 'block', 0));
}
