// A namespace import, not `{ z }`: esbuild then leaves out the zod nothing calls (its 40-odd locales), half the CLI bundle.
import * as z from 'zod';

/**
 * The notes are Lexical's own serialized editor state, stored as JSON objects.
 * Each node type the app registers has a schema here; a file holding any other
 * node type is refused by name, so a hostile or future file cannot inject nodes
 * the editor would not know how to render safely.
 */

export const AGENDA_HEADING_TYPE = 'agenda-heading';
export const SPEAKER_MENTION_TYPE = 'speaker-mention';
export const AGENDA_HEADING_VERSION = 1;
export const SPEAKER_MENTION_VERSION = 1;
/** Action items and decisions (format 2): an inline marker; the text after it, up to the block's end or the next marker, is the item's text. */
export const ACTION_MARKER_TYPE = 'action-marker';
export const DECISION_MARKER_TYPE = 'decision-marker';
export const ACTION_MARKER_VERSION = 1;
export const DECISION_MARKER_VERSION = 1;

/** Lexical adds small presentational fields across versions; accept only flat values for them (undefined arrives through IPC, which keeps it). */
const extraField = z.union([z.string().max(10_000), z.number(), z.boolean(), z.null(), z.undefined()]);

const versionField = z.number().int().min(1).max(1000);

export type SerializedNote = {
  type: string;
  version: number;
  children?: SerializedNote[];
  [key: string]: unknown;
};

let noteNodeSchema: z.ZodType<SerializedNote> | undefined;
const nodeSchema: z.ZodType<SerializedNote> = z.lazy(() => (noteNodeSchema ??= buildNoteNodeSchema()));

const elementBase = {
  version: versionField,
  children: z.array(nodeSchema).max(200_000),
  direction: z.enum(['ltr', 'rtl']).nullable().optional(),
  format: z.union([z.string().max(20), z.number()]).optional(),
  indent: z.number().int().min(0).max(40).optional(),
};

export const agendaHeadingNodeSchema = z.strictObject({
  type: z.literal(AGENDA_HEADING_TYPE),
  version: z.literal(AGENDA_HEADING_VERSION),
  itemId: z.string().min(1).max(64),
});

export const speakerMentionNodeSchema = z.strictObject({
  type: z.literal(SPEAKER_MENTION_TYPE),
  version: z.literal(SPEAKER_MENTION_VERSION),
  participantId: z.string().min(1).max(64),
  /** Meeting-clock offset when the mention was inserted; kept in the file, not exported. */
  clockOffsetMs: z.number().int().min(0).optional(),
});

const markerId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

export const actionMarkerNodeSchema = z.strictObject({
  type: z.literal(ACTION_MARKER_TYPE),
  version: z.literal(ACTION_MARKER_VERSION),
  /** Stable across meetings: a carried-over action keeps its id and its history. */
  actionId: markerId,
  /** Participant ids; an owner who did not attend is still a participant (attendance "absent"). */
  ownerIds: z.array(markerId).max(50).default([]),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a due date is written YYYY-MM-DD').optional(),
  done: z.boolean().default(false),
});

export const decisionMarkerNodeSchema = z.strictObject({
  type: z.literal(DECISION_MARKER_TYPE),
  version: z.literal(DECISION_MARKER_VERSION),
  decisionId: markerId,
});

/**
 * Every node type a note may hold: Lexical's own (text, paragraph, list…) and
 * the app's (above). Built on first use (a parse, or the published JSON Schema)
 * through nodeSchema's z.lazy, which the recursion needs anyway: a process that
 * never checks notes with zod, such as the command line (notesCheck.ts checks
 * them by hand), does not pay for building them, milliseconds at start-up.
 */
function buildNoteNodeSchema(): z.ZodType<SerializedNote> {
  const textNodeSchema = z.looseObject({
    type: z.literal('text'),
    version: versionField,
    text: z.string().max(10_000_000),
    format: z.number().int().min(0).max(1 << 20).default(0),
    detail: z.number().int().min(0).max(1 << 10).default(0),
    mode: z.enum(['normal', 'token', 'segmented']).default('normal'),
    style: z.string().max(1000).default(''),
  }).catchall(extraField);

  const simpleLeafSchema = z.looseObject({
    type: z.enum(['linebreak', 'tab']),
    version: versionField,
  }).catchall(extraField);

  const paragraphSchema = z.looseObject({ type: z.literal('paragraph'), ...elementBase }).catchall(extraField);

  const listSchema = z.looseObject({
    type: z.literal('list'),
    ...elementBase,
    listType: z.enum(['bullet', 'number', 'check']),
    start: z.number().int().min(0).max(100_000).default(1),
    tag: z.enum(['ul', 'ol']).optional(),
  }).catchall(extraField);

  const listItemSchema = z.looseObject({
    type: z.literal('listitem'),
    ...elementBase,
    value: z.number().int().min(0).max(100_000).default(1),
    checked: z.boolean().optional(),
  }).catchall(extraField);

  const linkSchema = z.looseObject({
    type: z.enum(['link', 'autolink']),
    ...elementBase,
    url: z.string().max(4000),
    rel: z.string().max(200).nullable().optional(),
    target: z.string().max(50).nullable().optional(),
    title: z.string().max(2000).nullable().optional(),
  }).catchall(extraField);

  return z.discriminatedUnion('type', [
    textNodeSchema,
    simpleLeafSchema,
    paragraphSchema,
    listSchema,
    listItemSchema,
    linkSchema,
    agendaHeadingNodeSchema,
    speakerMentionNodeSchema,
    actionMarkerNodeSchema,
    decisionMarkerNodeSchema,
  ]) as unknown as z.ZodType<SerializedNote>;
}

export const noteNodeTypes = [
  'text', 'linebreak', 'tab', 'paragraph', 'list', 'listitem', 'link', 'autolink',
  AGENDA_HEADING_TYPE, SPEAKER_MENTION_TYPE, ACTION_MARKER_TYPE, DECISION_MARKER_TYPE,
] as const;

export const notesRootSchema = z.looseObject({
  type: z.literal('root'),
  ...elementBase,
}).catchall(extraField);

export const notesStateSchema = z.strictObject({ root: notesRootSchema });

export type SerializedNotes = { root: SerializedNote & { type: 'root'; children: SerializedNote[] } };

/** An empty notes document: one empty paragraph, as Lexical itself creates. */
export function emptyNotes(): SerializedNotes {
  return {
    root: {
      type: 'root', version: 1, direction: null, format: '', indent: 0,
      children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [] }],
    },
  };
}
