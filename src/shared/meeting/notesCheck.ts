// A namespace import, not `{ z }`: esbuild then leaves out the zod nothing calls (its 40-odd locales), half the CLI bundle.
import * as z from 'zod';
import {
  ACTION_MARKER_TYPE, ACTION_MARKER_VERSION, AGENDA_HEADING_TYPE, AGENDA_HEADING_VERSION, DECISION_MARKER_TYPE,
  DECISION_MARKER_VERSION, notesStateSchema, SPEAKER_MENTION_TYPE, SPEAKER_MENTION_VERSION, type SerializedNote,
} from './notesSchema';

/**
 * The notes tree checked by hand, to the letter of notesStateSchema (notesSchema.ts).
 * A 20,000-word meeting holds thousands of nodes and zod's per-node machinery (a
 * discriminated union, a catch-all, a fresh result for every field) made reading
 * it the slowest part of opening a file, and of every autosave request main checks.
 * The zod schemas stay the description (the published JSON Schema is generated from
 * them) and the reference: test/unit/shared/meeting/notesCheck.property.test.ts
 * holds this check to the same verdicts and the same output, key order included
 * (it decides the bytes a save writes).
 */

/** Message for a value that breaks a rule, or null when it keeps it. */
type Rule = (value: unknown) => string | null;
type Presence = { kind: 'required' } | { kind: 'optional' } | { kind: 'default'; value: () => unknown };
type Field = readonly [key: string, rule: Rule, presence: Presence];
interface NodeRules {
  /** Strict nodes refuse keys they do not name; the others accept flat extra values (what Lexical adds across versions). */
  strict: boolean;
  fields: readonly Field[];
  /** "type" and the fields' keys: every other key is an extra. */
  keys: ReadonlySet<string>;
}

export interface NotesIssue { path: Array<string | number>; message: string }
export type NotesCheck = { ok: true; value: { root: SerializedNote } } | { ok: false; issues: NotesIssue[] };

/** Deeper than any notes can be (a file stops at 64 levels of JSON); refused with a message instead of running out of stack. */
export const MAX_NOTE_DEPTH = 500;
const MAX_ISSUES = 10;
export const MAX_CHILDREN = 200_000;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const string = (max: number, min = 0): Rule => (value) => {
  if (typeof value !== 'string') return 'expected text';
  if (value.length > max) return `text longer than ${max} characters`;
  return value.length < min ? `text shorter than ${min} character${min === 1 ? '' : 's'}` : null;
};
const pattern = (max: number, regex: RegExp, what: string): Rule => (value) => string(max, 1)(value) ?? (regex.test(value as string) ? null : what);
const whole = (min: number, max: number): Rule => (value) => (isNumber(value) && Number.isSafeInteger(value) && value >= min && value <= max ? null : `expected a whole number from ${min} to ${max}`);
const oneOf = (...allowed: readonly unknown[]): Rule => (value) => (allowed.includes(value) ? null : `expected ${allowed.map((a) => JSON.stringify(a)).join(' or ')}`);
const boolean: Rule = (value) => (typeof value === 'boolean' ? null : 'expected true or false');
const orNull = (rule: Rule): Rule => (value) => (value === null ? null : rule(value));
const stringOrNumber = (max: number): Rule => (value) => (isNumber(value) ? null : string(max)(value));
/** The flat values loose nodes may carry besides their own fields (notesSchema's extraField). */
const extraField: Rule = (value) => (value === undefined || value === null || typeof value === 'boolean' || isNumber(value) ? null : string(10_000)(value));
const ids = (max: number): Rule => (value) => {
  if (!Array.isArray(value)) return 'expected a list';
  if (value.length > max) return `more than ${max} entries`;
  return value.every((id) => markerId(id) === null) ? null : 'expected ids of letters, digits, "_" and "-"';
};
const markerId = pattern(64, /^[A-Za-z0-9_-]+$/, 'an id may only hold letters, digits, "_" and "-"');
const isoDate = pattern(Infinity, /^\d{4}-\d{2}-\d{2}$/, 'a due date is written YYYY-MM-DD');

const REQUIRED: Presence = { kind: 'required' };
const OPTIONAL: Presence = { kind: 'optional' };
const byDefault = (value: () => unknown): Presence => ({ kind: 'default', value });
const version = whole(1, 1000);
/** Checked by checkChildren, which knows the path; listed so that it takes its place in the output. */
const CHILDREN: Field = ['children', () => null, REQUIRED];

const elementBase: readonly Field[] = [
  ['version', version, REQUIRED],
  CHILDREN,
  ['direction', orNull(oneOf('ltr', 'rtl')), OPTIONAL],
  ['format', stringOrNumber(20), OPTIONAL],
  ['indent', whole(0, 40), OPTIONAL],
];
const nodeRules = (strict: boolean, fields: readonly Field[]): NodeRules => ({ strict, fields, keys: new Set(['type', ...fields.map(([key]) => key)]) });
const leaf = (...fields: Field[]) => nodeRules(false, [['version', version, REQUIRED], ...fields]);
const element = (...fields: Field[]) => nodeRules(false, [...elementBase, ...fields]);
const own = (nodeVersion: number, ...fields: Field[]) => nodeRules(true, [['version', oneOf(nodeVersion), REQUIRED], ...fields]);

const textRules = leaf(
  ['text', string(10_000_000), REQUIRED],
  ['format', whole(0, 1 << 20), byDefault(() => 0)],
  ['detail', whole(0, 1 << 10), byDefault(() => 0)],
  ['mode', oneOf('normal', 'token', 'segmented'), byDefault(() => 'normal')],
  ['style', string(1000), byDefault(() => '')],
);
const linkRules = element(
  ['url', string(4000), REQUIRED],
  ['rel', orNull(string(200)), OPTIONAL],
  ['target', orNull(string(50)), OPTIONAL],
  ['title', orNull(string(2000)), OPTIONAL],
);

const NODE_RULES: ReadonlyMap<unknown, NodeRules> = new Map<unknown, NodeRules>([
  ['text', textRules],
  ['linebreak', leaf()],
  ['tab', leaf()],
  ['paragraph', element()],
  ['list', element(['listType', oneOf('bullet', 'number', 'check'), REQUIRED], ['start', whole(0, 100_000), byDefault(() => 1)], ['tag', oneOf('ul', 'ol'), OPTIONAL])],
  ['listitem', element(['value', whole(0, 100_000), byDefault(() => 1)], ['checked', boolean, OPTIONAL])],
  ['link', linkRules],
  ['autolink', linkRules],
  [AGENDA_HEADING_TYPE, own(AGENDA_HEADING_VERSION, ['itemId', string(64, 1), REQUIRED])],
  [SPEAKER_MENTION_TYPE, own(SPEAKER_MENTION_VERSION, ['participantId', string(64, 1), REQUIRED], ['clockOffsetMs', whole(0, Number.MAX_SAFE_INTEGER), OPTIONAL])],
  [ACTION_MARKER_TYPE, own(ACTION_MARKER_VERSION,
    ['actionId', markerId, REQUIRED], ['ownerIds', ids(50), byDefault(() => [])], ['due', isoDate, OPTIONAL], ['done', boolean, byDefault(() => false)])],
  [DECISION_MARKER_TYPE, own(DECISION_MARKER_VERSION, ['decisionId', markerId, REQUIRED])],
]);
const ROOT_RULES = element();

/** Checks the notes of a meeting and returns a fresh copy with defaults filled in, as notesStateSchema.parse would. */
export function checkNotes(input: unknown): NotesCheck {
  const issues: NotesIssue[] = [];
  const path: Array<string | number> = [];
  const report = (message: string, ...at: Array<string | number>) => {
    if (issues.length < MAX_ISSUES) issues.push({ path: [...path, ...at], message });
  };

  function checkFields(node: Record<string, unknown>, type: string, rules: NodeRules, depth: number): SerializedNote {
    const out: Record<string, unknown> = { type };
    for (const [key, rule, presence] of rules.fields) {
      const present = key in node;
      const value = node[key];
      if (key === 'children') {
        out[key] = checkChildren(value, depth);
      } else if (presence.kind === 'default' && value === undefined) {
        out[key] = presence.value();
      } else if (presence.kind === 'optional' && value === undefined) {
        if (present) out[key] = undefined;
      } else {
        const problem = rule(value);
        // A copy, as zod makes: the result shares nothing mutable with what was checked.
        if (problem === null) out[key] = Array.isArray(value) ? value.slice() : value;
        else report(value === undefined ? 'required' : problem, key);
      }
    }
    // for…in, as zod walks extra keys: the same keys in the same order.
    for (const key in node) {
      if (rules.keys.has(key)) continue;
      if (rules.strict) report(`"${key}" is not a field of a ${type} note`);
      else if (key === '__proto__') continue;
      else {
        const problem = extraField(node[key]);
        if (problem === null) out[key] = node[key];
        else report(`${problem} (extra fields hold only flat values)`, key);
      }
    }
    return out as SerializedNote;
  }

  function checkChildren(value: unknown, depth: number): SerializedNote[] {
    if (!Array.isArray(value)) {
      report('expected a list of notes', 'children');
      return [];
    }
    if (value.length > MAX_CHILDREN) report(`more than ${MAX_CHILDREN} notes in one place`, 'children');
    const out = new Array<SerializedNote>(value.length);
    path.push('children');
    for (let index = 0; index < value.length && issues.length < MAX_ISSUES; index += 1) {
      path.push(index);
      out[index] = checkNode(value[index], depth + 1);
      path.pop();
    }
    path.pop();
    return out;
  }

  function checkNode(node: unknown, depth: number): SerializedNote {
    if (!isObject(node)) {
      report('expected a note (an object)');
      return node as SerializedNote;
    }
    if (depth > MAX_NOTE_DEPTH) {
      report(`the notes nest more than ${MAX_NOTE_DEPTH} levels deep`);
      return node as SerializedNote;
    }
    const rules = NODE_RULES.get(node['type']);
    if (!rules) {
      report(`${typeof node['type'] === 'string' ? `"${node['type'].slice(0, 40)}"` : 'a note without a type'} is not a kind of note the notes can hold`, 'type');
      return node as SerializedNote;
    }
    return checkFields(node, node['type'] as string, rules, depth);
  }

  let root: SerializedNote | undefined;
  if (!isObject(input)) {
    report('expected the notes (an object)');
  } else {
    for (const key in input) if (key !== 'root') report(`"${key}" is not part of the notes`);
    path.push('root');
    const value = input['root'];
    if (!isObject(value)) report(value === undefined ? 'required' : 'expected the root of the notes (an object)');
    else if (value['type'] !== 'root') report('expected "root"', 'type');
    else root = checkFields(value, 'root', ROOT_RULES, 0);
    path.pop();
  }
  return issues.length === 0 && root ? { ok: true, value: { root } } : { ok: false, issues };
}

/**
 * One top-level note checked as checkNotes checks it among the children of
 * `root` (an autosave sends only the blocks that changed): the same verdict,
 * the same copy. Issue paths start at the note.
 */
export function checkNotesBlock(block: unknown, root: SerializedNote): { ok: true; value: SerializedNote } | { ok: false; issues: NotesIssue[] } {
  const result = checkNotes({ root: { ...root, children: [block] } });
  if (!result.ok) return { ok: false, issues: result.issues.map((issue) => ({ ...issue, path: issue.path.slice(3) })) };
  return { ok: true, value: result.value.root.children![0]! };
}

/**
 * notesStateSchema's drop-in for the meeting schema: same input and output types,
 * checked by checkNotes. Issues carry their path, so messages still say where.
 */
export const checkedNotesStateSchema = z.transform((value: unknown, context) => {
  const result = checkNotes(value);
  if (result.ok) return result.value;
  for (const issue of result.issues) context.issues.push({ code: 'custom', message: issue.message, input: value, path: issue.path });
  return z.NEVER;
}) as unknown as typeof notesStateSchema;
