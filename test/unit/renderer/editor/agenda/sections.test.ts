import { $getRoot, $parseSerializedNode, createEditor, type LexicalEditor, type SerializedLexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $arrangeSections, $sectionsNeedArranging } from '../../../../../src/renderer/editor/agenda/sections';
import { notesWithAgenda } from '../../../../../src/renderer/editor/editorContent';
import { editorNodes } from '../../../../../src/renderer/editor/editorNodes';
import { $isAgendaHeadingNode } from '../../../../../src/renderer/editor/nodes/AgendaHeadingNode';
import type { AgendaItem, Meeting } from '../../../../../src/shared/meeting/schema';

const agenda: AgendaItem[] = [
  { id: 'a1', title: 'One', presenterIds: [], children: [{ id: 'a1-1', title: 'One, first', presenterIds: [] }] },
  { id: 'a2', title: 'Two', presenterIds: [], children: [] },
];
const paragraph = (text: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] });
const heading = (itemId: string) => ({ type: 'agenda-heading', version: 1, itemId });

function editorWith(children: unknown[]): LexicalEditor {
  const editor = createEditor({ namespace: 'rapporteur-notes', nodes: [...editorNodes], onError: (error) => { throw error; } });
  const notes = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } } as unknown as Meeting['notes'];
  editor.update(() => {
    $parseSerializedNode((notesWithAgenda(notes, agenda) as { root: SerializedLexicalNode }).root);
  }, { discrete: true });
  return editor;
}

const headings = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getChildren().filter($isAgendaHeadingNode).map((node) => node.getItemId()));

describe('$sectionsNeedArranging', () => {
  it('is false for notes with one heading per item in agenda order, which arranging leaves as they are', () => {
    const editor = editorWith([paragraph('Opening'), heading('a1'), paragraph('x'), heading('a1-1'), heading('a2'), paragraph('y')]);
    expect(editor.getEditorState().read(() => $sectionsNeedArranging())).toBe(false);
    let changed = true;
    editor.update(() => { changed = $arrangeSections(); }, { discrete: true });
    expect(changed).toBe(false);
  });

  it.each([
    ['a missing heading', [heading('a1'), paragraph('x'), heading('a2')]],
    ['headings out of order', [heading('a2'), heading('a1'), heading('a1-1')]],
    ['a heading of no agenda item', [heading('a1'), heading('a1-1'), heading('a2'), heading('gone')]],
    ['no headings at all', [paragraph('Only text')]],
  ])('is true for %s, and after arranging false again', (_case, children) => {
    const editor = editorWith(children);
    expect(editor.getEditorState().read(() => $sectionsNeedArranging())).toBe(true);
    editor.update(() => { $arrangeSections(); }, { discrete: true });
    expect(editor.getEditorState().read(() => $sectionsNeedArranging())).toBe(false);
    expect(headings(editor)).toEqual(['a1', 'a1-1', 'a2']);
  });
});
