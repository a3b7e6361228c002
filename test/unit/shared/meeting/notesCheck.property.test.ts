import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNotes } from '../../../../src/shared/meeting/notesCheck';
import { notesStateSchema } from '../../../../src/shared/meeting/notesSchema';

// checkNotes replaces zod's notesStateSchema when meetings are read: on any input
// both must give the same verdict and, when they accept, the same copy with the
// same keys in the same order (that order decides the bytes a save writes).
// Trees are built valid, then damaged at random with values from a hostile pool.

type Json = Record<string, unknown>;

const text = (value: string): Json => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
const element = (type: string, children: unknown[], extra: Json = {}): Json => ({ type, version: 1, direction: 'ltr', format: '', indent: 0, ...extra, children });

const leafArb: fc.Arbitrary<Json> = fc.oneof(
  fc.string({ maxLength: 12 }).map(text),
  fc.constantFrom<Json>(
    { type: 'linebreak', version: 1 }, { type: 'tab', version: 1 },
    { type: 'speaker-mention', version: 1, participantId: 'p-01', clockOffsetMs: 1200 },
    { type: 'speaker-mention', version: 1, participantId: 'p2' },
    { type: 'agenda-heading', version: 1, itemId: 'item-01' },
    { type: 'action-marker', version: 1, actionId: 'a1', ownerIds: ['p1', 'p2'], due: '2024-05-01', done: false },
    { type: 'action-marker', version: 1, actionId: 'a2' },
    { type: 'decision-marker', version: 1, decisionId: 'd1' },
  ),
);

const treeArb = fc.letrec<{ node: Json }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.array(tie('node'), { maxLength: 3 }).map((children) => element('paragraph', children, { textFormat: 0, textStyle: '' })),
    fc.array(tie('node'), { maxLength: 3 }).map((children) => element('list', [element('listitem', children, { value: 1 })], { listType: 'bullet', start: 1, tag: 'ul' })),
    fc.array(tie('node'), { maxLength: 2 }).map((children) => element('link', children, { url: 'https://example.org', rel: null, target: null, title: null })),
  ),
})).node;

const KEYS = [
  'type', 'version', 'children', 'direction', 'format', 'indent', 'text', 'detail', 'mode', 'style', 'listType', 'start', 'tag',
  'value', 'checked', 'url', 'rel', 'target', 'title', 'itemId', 'participantId', 'clockOffsetMs', 'actionId', 'ownerIds', 'due',
  'done', 'decisionId', 'textFormat', 'extra', '__proto__', 'constructor', '$', '0',
];
const long = (n: number) => 'a'.repeat(n);
const HOSTILE: unknown[] = [
  undefined, null, true, false, 0, -0, -1, 1, 1.5, 40, 41, 1000, 1001, 1024, 1025, 1 << 20, (1 << 20) + 1, 100_000, 100_001,
  Number.NaN, Infinity, -Infinity, 2 ** 53, '', 'x', 'ltr', 'rtl', 'normal', 'token', 'segmented', 'bullet', 'number', 'check', 'ul', 'ol',
  'root', 'text', 'paragraph', 'list', 'listitem', 'link', 'autolink', 'linebreak', 'iframe', 'speaker-mention', 'agenda-heading',
  'action-marker', 'decision-marker', 'bad id!', 'p1', '2024-01-01', '2024-1-1', long(20), long(21), long(50), long(51), long(64), long(65),
  long(200), long(201), long(1000), long(1001), long(2000), long(2001), long(4000), long(4001), long(10_000), long(10_001),
  [], ['p1'], ['bad id!'], Array.from({ length: 51 }, () => 'p'), {}, { type: 'text' }, [{ type: 'text', version: 1, text: '' }],
];

const BOUNDARIES: unknown[] = HOSTILE.filter((value) => typeof value === 'number');

/** `ownKey` picks one of the target's own keys (its real fields get damaged most), else `key` is used. */
type Mutation = { at: number; key: string; ownKey: number | null; value: unknown; kind: 'set' | 'delete' | 'setProto' };
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  key: fc.constantFrom(...KEYS),
  ownKey: fc.option(fc.nat(), { freq: 2 }),
  value: fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom(...BOUNDARIES)),
  kind: fc.constantFrom('set', 'set', 'set', 'delete', 'setProto'),
});

function objectsOf(root: unknown): Json[] {
  const found: Json[] = [];
  const visit = (value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    if (!Array.isArray(value)) found.push(value as Json);
    for (const child of Object.values(value as object)) visit(child);
  };
  visit(root);
  return found;
}

/** Own data properties, as JSON.parse and structured clone create them (an own "__proto__" included). */
function damage(notes: Json, mutations: Mutation[]): Json {
  for (const { at, key: anyKey, ownKey, value, kind } of mutations) {
    const targets = objectsOf(notes);
    const target = targets[at % targets.length]!;
    const keys = Object.keys(target);
    const key = ownKey === null || keys.length === 0 ? anyKey : keys[ownKey % keys.length]!;
    if (kind === 'delete') delete target[key];
    else Object.defineProperty(target, kind === 'setProto' ? '__proto__' : key, { value: structuredClone(value), enumerable: true, configurable: true, writable: true });
  }
  return notes;
}

/** Key order and undefined values count: JSON with a marker for undefined keeps both. */
const exact = (value: unknown) => JSON.stringify(value, (_key, inner: unknown) => (inner === undefined ? '<undefined>' : Number.isNaN(inner) ? '<NaN>' : inner));

function compare(input: Json) {
  const reference = notesStateSchema.safeParse(structuredClone(input));
  const checked = checkNotes(structuredClone(input));
  expect(checked.ok, exact(input)).toBe(reference.success);
  if (checked.ok && reference.success) expect(exact(checked.value)).toBe(exact(reference.data));
}

describe('checkNotes, the notes check a meeting is read with', () => {
  it('accepts and copies exactly what notesStateSchema accepts and makes of valid notes', () => {
    fc.assert(fc.property(fc.array(treeArb, { maxLength: 4 }), (children) => {
      compare({ root: element('root', children) });
    }), { numRuns: 300 });
  });

  it('refuses exactly what notesStateSchema refuses, however the notes are damaged', () => {
    fc.assert(fc.property(fc.array(treeArb, { maxLength: 4 }), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (children, mutations) => {
      compare(damage({ root: element('root', children) }, mutations));
    }), { numRuns: 3000 });
  });

  it('agrees with notesStateSchema on every node type with any one field set to any hostile value, or removed', () => {
    const samples: Json[] = [
      text('t'), { type: 'linebreak', version: 1 }, { type: 'tab', version: 1 }, element('paragraph', [text('p')], { textFormat: 0 }),
      element('list', [element('listitem', [text('i')], { value: 1, checked: false })], { listType: 'number', start: 1, tag: 'ol' }),
      element('link', [text('l')], { url: 'https://example.org', rel: null, target: null, title: null }),
      element('autolink', [text('a')], { url: 'https://example.org' }),
      { type: 'speaker-mention', version: 1, participantId: 'p-01', clockOffsetMs: 5 },
      { type: 'agenda-heading', version: 1, itemId: 'i1' },
      { type: 'action-marker', version: 1, actionId: 'a1', ownerIds: ['p1'], due: '2024-05-01', done: true },
      { type: 'decision-marker', version: 1, decisionId: 'd1' },
    ];
    for (const sample of samples) {
      const inList = sample['type'] === 'list';
      for (const key of [...KEYS, ...(inList ? ['value', 'checked'] : [])]) {
        const place = (node: Json) => (inList && (key === 'value' || key === 'checked') ? (node['children'] as Json[])[0]! : node);
        const removed = structuredClone(sample);
        delete place(removed)[key];
        compare({ root: element('root', [removed]) });
        for (const value of HOSTILE) {
          const damaged = structuredClone(sample);
          Object.defineProperty(place(damaged), key, { value: structuredClone(value), enumerable: true, configurable: true, writable: true });
          compare({ root: element('root', [damaged]) });
          compare({ root: { ...element('root', []), [key]: structuredClone(value) } });
        }
      }
    }
  });

  it('refuses notes that are not an object, or whose root is missing or wrong', () => {
    for (const input of [null, undefined, [], 'notes', 1, {}, { root: null }, { root: [] }, { root: { type: 'paragraph', version: 1, children: [] } }]) {
      expect(checkNotes(input).ok).toBe(false);
      expect(notesStateSchema.safeParse(input).success).toBe(false);
    }
  });

  it('says where the problem is', () => {
    const result = checkNotes({ root: element('root', [element('paragraph', [text('ok'), { type: 'iframe', version: 1, src: 'x' }])]) });
    expect(result).toMatchObject({ ok: false, issues: [{ path: ['root', 'children', 0, 'children', 1, 'type'] }] });
    expect(!result.ok && result.issues[0]!.message).toMatch(/"iframe" is not a kind of note/);
  });

  it('refuses nesting no file could hold without running out of stack', () => {
    let node: Json = text('deep');
    for (let depth = 0; depth < 5000; depth += 1) node = element('paragraph', [node]);
    const result = checkNotes({ root: element('root', [node]) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]!.message).toMatch(/nest more than/);
  });

  it('stops after a few problems instead of listing every one of a hostile file', () => {
    const children = Array.from({ length: 10_000 }, () => ({ type: 'script', version: 1 }));
    const result = checkNotes({ root: element('root', children) });
    expect(!result.ok && result.issues.length).toBeLessThanOrEqual(10);
  });
});
