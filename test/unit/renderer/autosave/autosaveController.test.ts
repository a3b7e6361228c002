import { registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AutosaveReply } from '../../../../src/shared/autosave/contract';
import { applyMeetingChanges, type MeetingChanges, type ReceivedNotes } from '../../../../src/shared/autosave/notesBlocks';
import { API_GLOBAL_NAME } from '../../../../src/shared/bridge/channels';
import { createEmptyMeeting } from '../../../../src/shared/meeting/newMeeting';

// The controller's side of an autosave of changes, with a main process that
// applies them as the real one does, and can forget, refuse or fail.

type Request = { target: unknown; changes?: MeetingChanges; meetingJson?: string };
const requests: Request[] = [];
let received: ReceivedNotes | undefined;
/** What main does with the next request; after it, main applies changes as usual. */
let next: 'apply' | 'forget' | 'throw' = 'apply';

function fakeMain(request: Request): AutosaveReply {
  requests.push(request);
  const mode = next;
  next = 'apply';
  if (mode === 'throw') throw new Error('the window was closing');
  if (mode === 'forget') received = undefined;
  if (!request.changes) return { status: 'saved', at: 'now', document: { handle: 'doc-controller1', fileName: 'wg.minutes', folder: '/tmp' } };
  const applied = applyMeetingChanges(request.changes, received);
  if (!applied.ok && applied.baseUnknown) return { status: 'baseUnknown' };
  if (!applied.ok) throw new Error(applied.problem);
  received = applied.received;
  return { status: 'saved', at: 'now', document: { handle: 'doc-controller1', fileName: 'wg.minutes', folder: '/tmp' } };
}

const globals = globalThis as unknown as Record<string, unknown>;
let controller: typeof import('../../../../src/renderer/autosave/autosaveController');
let store: typeof import('../../../../src/renderer/store/meetingStore');
let editor: LexicalEditor;

function type(text: string): void {
  editor.update(() => {
    const paragraph = $createParagraphNode();
    paragraph.append($createTextNode(text));
    $getRoot().append(paragraph);
  }, { discrete: true });
}

beforeAll(async () => {
  globals['window'] = { setTimeout, clearTimeout, [API_GLOBAL_NAME]: { autosaveMeeting: async (request: Request) => fakeMain(request) } };
  controller = await import('../../../../src/renderer/autosave/autosaveController');
  store = await import('../../../../src/renderer/store/meetingStore');
  const { setCurrentEditor } = await import('../../../../src/renderer/editor/editorHandle');
  editor = createEditor({ namespace: 'controller-test', onError: (error) => { throw error; } });
  registerRichText(editor);
  setCurrentEditor(editor);
  store.useMeetingStore.getState().loadMeeting(createEmptyMeeting(), { handle: 'doc-controller1', fileName: 'wg.minutes', folder: '/tmp' });
  for (let n = 0; n < 20; n += 1) type(`Paragraph ${n}.`);
});
afterAll(() => { delete globals['window']; });
beforeEach(() => { requests.length = 0; });

const strings = (request: Request) => (request.changes?.blocks ?? []).filter((entry) => typeof entry === 'string').length;

describe('autosave of changes', () => {
  it('sends every block first, then only the blocks changed since main\'s last answer', async () => {
    await controller.flushAutosave({ force: true });
    type('A new paragraph.');
    await controller.flushAutosave({ force: true });
    expect(requests).toHaveLength(2);
    expect(requests[0]!.changes).toMatchObject({ base: null });
    expect(strings(requests[0]!)).toBe(20);
    expect(requests[1]!.changes!.base).toBe(requests[0]!.changes!.id);
    expect(requests[1]!.changes!.blocks).toEqual([[0, 20], expect.stringContaining('A new paragraph.')]);
    expect(store.useMeetingStore.getState().saveStatus).toMatchObject({ kind: 'saved' });
  });

  it('sends every block again, in the same save, when main no longer holds the base', async () => {
    next = 'forget';
    type('After main forgot.');
    await controller.flushAutosave({ force: true });
    expect(requests.map((request) => request.changes?.base === null)).toEqual([false, true]);
    expect(strings(requests[1]!)).toBe(22);
    expect(received?.texts.at(-1)).toContain('After main forgot.');
    expect(store.useMeetingStore.getState().saveStatus).toMatchObject({ kind: 'saved' });
  });

  it('after a failed request, builds on nothing main may not hold', async () => {
    next = 'throw';
    type('Lost in transit.');
    await controller.flushAutosave({ force: true });
    expect(store.useMeetingStore.getState().saveStatus).toMatchObject({ kind: 'notSavedAnywhere' });
    await controller.flushAutosave({ force: true });
    expect(requests).toHaveLength(2);
    expect(requests[1]!.changes).toMatchObject({ base: null });
    expect(received?.texts.at(-1)).toContain('Lost in transit.');
  });
});
