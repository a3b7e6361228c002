import { describe, expect, it } from 'vitest';
import { sanitizeLexicalClipboard } from '../../../../../src/renderer/editor/paste/lexicalJson';
import type { SerializedNote } from '../../../../../src/shared/meeting/notesSchema';

const NAMESPACE = 'rapporteur-notes';
const payload = (nodes: unknown[], namespace = NAMESPACE) => JSON.stringify({ namespace, nodes });
const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '', ...extra });
const types = (notes: SerializedNote[]): unknown[] => notes.map((note) => (note.children ? { [note.type]: types(note.children) } : note.type));

describe('sanitizeLexicalClipboard', () => {
  it('keeps the app\'s own content: paragraphs, emphasis, lists, links and speaker mentions', () => {
    const notes = sanitizeLexicalClipboard(payload([
      { type: 'paragraph', version: 1, children: [
        { type: 'speaker-mention', version: 1, participantId: 'p-chris', clockOffsetMs: 1200 }, text(' said', { format: 1 }),
        { type: 'link', version: 1, url: 'https://www.intgovforum.org/', children: [text('IGF')] },
      ] },
      { type: 'list', version: 1, listType: 'number', start: 1, children: [
        { type: 'listitem', version: 1, value: 1, children: [text('one')] },
        { type: 'listitem', version: 1, value: 2, children: [{ type: 'list', version: 1, listType: 'bullet', start: 1, children: [{ type: 'listitem', version: 1, children: [text('nested')] }] }] },
      ] },
    ]), NAMESPACE)!;
    expect(types(notes)).toEqual([
      { paragraph: ['speaker-mention', 'text', { link: ['text'] }] },
      { list: [{ listitem: ['text'] }, { listitem: [{ list: [{ listitem: ['text'] }] }] }] },
    ]);
    expect(notes[0]!.children![0]).toEqual({ type: 'speaker-mention', version: 1, participantId: 'p-chris', clockOffsetMs: 1200 });
    expect(notes[0]!.children![1]).toMatchObject({ text: ' said', format: 1 });
  });

  it('strips styles and unknown format bits, drops headings, unlinks what would not open', () => {
    const notes = sanitizeLexicalClipboard(payload([
      { type: 'agenda-heading', version: 1, itemId: 'item-1' },
      { type: 'paragraph', version: 1, children: [
        text('tracked', { style: 'background-image:url(https://tracker.invalid/p.png)', format: 16 | 1, mode: 'token' }),
        { type: 'link', version: 1, url: 'javascript:alert(1)', children: [text('click')] },
        { type: 'autolink', version: 1, url: 'file:///etc/passwd', children: [text('file')] },
      ] },
    ]), NAMESPACE)!;
    expect(types(notes)).toEqual([{ paragraph: ['text', 'text', 'text'] }]);
    expect(notes[0]!.children![0]).toEqual({ type: 'text', version: 1, text: 'tracked', format: 1, detail: 0, mode: 'normal', style: '' });
    expect(JSON.stringify(notes)).not.toMatch(/javascript|file:|tracker|agenda-heading/);
  });

  it('keeps only the words of node types the notes do not hold', () => {
    const notes = sanitizeLexicalClipboard(payload([
      { type: 'heading', tag: 'h1', version: 1, children: [text('Title')] },
      { type: 'image', version: 1, src: 'https://tracker.invalid/x.png' },
      { type: 'paragraph', version: 1, children: [{ type: 'mark', ids: ['x'], version: 1, children: [text('marked')] }, { type: 'list', version: 1, children: [{ type: 'listitem', children: [text(' inline')] }] }] },
    ]), NAMESPACE)!;
    expect(types(notes)).toEqual([{ paragraph: ['text'] }, { paragraph: ['text', 'text'] }]);
  });

  it('keeps the app\'s markers only as the file format accepts them', () => {
    const notes = sanitizeLexicalClipboard(payload([{ type: 'paragraph', version: 1, children: [
      { type: 'action-marker', version: 1, actionId: 'a-1', ownerIds: ['p-1'], done: false },
      { type: 'decision-marker', version: 1, decisionId: 'd-1' },
      { type: 'action-marker', version: 1, actionId: 'a-2', ownerIds: [], done: false, onclick: 'alert(1)' },
      { type: 'speaker-mention', version: 1, participantId: 'p-1', style: 'color:red' },
    ] }]), NAMESPACE)!;
    expect(notes[0]!.children).toEqual([
      { type: 'action-marker', version: 1, actionId: 'a-1', ownerIds: ['p-1'], done: false },
      { type: 'decision-marker', version: 1, decisionId: 'd-1' },
    ]);
  });

  it('flattens a link inside a link and refuses junk field types', () => {
    const notes = sanitizeLexicalClipboard(payload([
      { type: 'link', url: 'https://a.example/', children: [{ type: 'link', url: 'https://b.example/', children: [text('x')] }] },
      { type: 'speaker-mention', participantId: { evil: true } },
      { type: 'text', text: 42 },
      'not a node', null,
    ]), NAMESPACE)!;
    expect(types(notes)).toEqual([{ link: ['text'] }]);
  });

  it('survives absurd nesting without recursing forever', () => {
    const levels = 5000;
    const deep = '{"type":"paragraph","children":['.repeat(levels) + JSON.stringify(text('bottom')) + ']}'.repeat(levels);
    const notes = sanitizeLexicalClipboard(`{"namespace":"${NAMESPACE}","nodes":[${deep}]}`, NAMESPACE)!;
    expect(notes).toHaveLength(1);
    expect(JSON.stringify(notes)).not.toContain('bottom');
  });

  it('is not a payload of this editor when the namespace differs or the JSON is broken', () => {
    expect(sanitizeLexicalClipboard(payload([text('x')], 'another-app'), NAMESPACE)).toBeNull();
    expect(sanitizeLexicalClipboard('{"namespace":', NAMESPACE)).toBeNull();
    expect(sanitizeLexicalClipboard(JSON.stringify({ namespace: NAMESPACE, nodes: 'x' }), NAMESPACE)).toBeNull();
  });
});
