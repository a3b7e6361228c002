import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { $toggleLink } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, registerList } from '@lexical/list';
import { registerRichText } from '@lexical/rich-text';
import fc from 'fast-check';
import {
  $getRoot, $getSelection, $isRangeSelection, $isTextNode, createEditor, DELETE_CHARACTER_COMMAND, FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND, INSERT_LINE_BREAK_COMMAND, INSERT_PARAGRAPH_COMMAND, OUTDENT_CONTENT_COMMAND, REDO_COMMAND, UNDO_COMMAND,
  type LexicalEditor, type TextNode,
} from 'lexical';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingFromText } from '../../../../src/main/services/autosave';
import { nodeFileSystem } from '../../../../src/main/services/fileSystem';
import { readMeetingFile } from '../../../../src/main/services/meetingFiles';
import { applyAgendaChange } from '../../../../src/renderer/editor/agenda/applyAgendaChange';
import { notesWithAgenda, splitEditorJson } from '../../../../src/renderer/editor/editorContent';
import { editorNodes } from '../../../../src/renderer/editor/editorNodes';
import { insertSpeakerMention } from '../../../../src/renderer/editor/mentions/insertSpeakerMention';
import { emptyNotes } from '../../../../src/shared/meeting/notesSchema';
import { meetingSchema, type Meeting } from '../../../../src/shared/meeting/schema';
import { sampleMeeting } from './helpers/meetings';
import { buildSafety } from './helpers/safetyRig';
import { makeTempFolder, removeFolder } from './helpers/tempFolder';

// Random sequences of editor commands run through a headless Lexical editor
// (no DOM: an editor without a root element) with the app's own nodes and
// helpers; the result is saved through the app's writer (recovery store first,
// then the verified file write), opened again, and must be the same document.

type Command =
  | { kind: 'type'; text: string }
  | { kind: 'enter' } | { kind: 'lineBreak' } | { kind: 'backspace' }
  | { kind: 'format'; format: 'bold' | 'italic' | 'underline'; span: number }
  | { kind: 'list'; ordered: boolean } | { kind: 'indent' } | { kind: 'outdent' }
  | { kind: 'speaker'; participant: number; offsetMs: number | undefined }
  | { kind: 'agendaItem'; title: string }
  | { kind: 'link'; url: string }
  | { kind: 'caret'; node: number; offset: number }
  | { kind: 'undo' } | { kind: 'redo' };

const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('type' as const), text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) }) },
  { weight: 2, arbitrary: fc.constantFrom<Command>({ kind: 'enter' }, { kind: 'lineBreak' }, { kind: 'backspace' }, { kind: 'indent' }, { kind: 'outdent' }, { kind: 'undo' }, { kind: 'redo' }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('format' as const), format: fc.constantFrom('bold' as const, 'italic' as const, 'underline' as const), span: fc.nat({ max: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('list' as const), ordered: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('speaker' as const), participant: fc.nat({ max: 1 }), offsetMs: fc.option(fc.nat({ max: 7_200_000 }), { nil: undefined }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('agendaItem' as const), title: fc.string({ unit: 'grapheme', maxLength: 20 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('link' as const), url: fc.webUrl() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('caret' as const), node: fc.nat(), offset: fc.nat() }) },
);

function headlessEditor(): LexicalEditor {
  const editor = createEditor({ namespace: 'rapporteur-notes', nodes: [...editorNodes], onError: (error) => { throw error; } });
  registerRichText(editor);
  registerList(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  return editor;
}

function $textNodes(): TextNode[] {
  return $getRoot().getAllTextNodes().filter($isTextNode);
}

function $ensureCaret(): void {
  if (!$isRangeSelection($getSelection())) $getRoot().selectEnd();
}

let agendaCounter = 0;

function run(editor: LexicalEditor, command: Command): void {
  const update = (fn: () => void) => editor.update(() => { $ensureCaret(); fn(); }, { discrete: true });
  switch (command.kind) {
    case 'type': return update(() => ($getSelection() as { insertText(text: string): void }).insertText(command.text));
    case 'enter': return update(() => { editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined); });
    case 'lineBreak': return update(() => { editor.dispatchCommand(INSERT_LINE_BREAK_COMMAND, false); });
    // Lexical measures a collapsed deletion with the DOM's Selection.modify; headless, the character
    // before the caret (a whole code point) is selected in the model first, as that measurement would.
    case 'backspace': return update(() => {
      const selection = $getSelection();
      const anchor = $isRangeSelection(selection) && selection.isCollapsed() ? selection.anchor : undefined;
      const node = anchor?.getNode();
      if (!$isTextNode(node) || anchor!.offset === 0) return;
      const before = node.getTextContent().slice(0, anchor!.offset);
      const width = /[\uDC00-\uDFFF]$/.test(before) && before.length > 1 ? 2 : 1;
      node.select(anchor!.offset - width, anchor!.offset);
      editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true);
    });
    case 'indent': return update(() => { editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined); });
    case 'outdent': return update(() => { editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined); });
    case 'list': return update(() => { editor.dispatchCommand(command.ordered ? INSERT_ORDERED_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined); });
    case 'undo': editor.dispatchCommand(UNDO_COMMAND, undefined); return;
    case 'redo': editor.dispatchCommand(REDO_COMMAND, undefined); return;
    case 'format': return update(() => {
      const selection = $getSelection();
      const anchor = $isRangeSelection(selection) ? selection.anchor : undefined;
      const node = anchor?.getNode();
      if ($isTextNode(node)) node.select(Math.max(0, anchor!.offset - command.span), anchor!.offset);
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, command.format);
    });
    case 'link': return update(() => {
      const node = $textNodes().at(-1);
      if (!node || node.getTextContentSize() === 0) return;
      node.select(0, node.getTextContentSize());
      $toggleLink(command.url);
    });
    case 'caret': return update(() => {
      const nodes = $textNodes();
      if (nodes.length === 0) return $getRoot().selectEnd() as unknown as void;
      const node = nodes[command.node % nodes.length]!;
      const offset = command.offset % (node.getTextContentSize() + 1);
      node.select(offset, offset);
    });
    case 'speaker':
      insertSpeakerMention(editor, command.participant === 0 ? 'p1' : 'p2', command.offsetMs);
      return;
    case 'agendaItem': {
      agendaCounter += 1;
      const item = { id: `item${agendaCounter}`, title: command.title, presenterIds: [], children: [] };
      applyAgendaChange(editor, (agenda) => [...agenda, item]);
      return;
    }
  }
}

/** Lets updates the app's helpers queued (mentions, agenda sections) commit. */
const settle = () => new Promise((done) => setTimeout(done, 0));

function meetingFrom(editor: LexicalEditor): Meeting {
  const { notes, agenda } = splitEditorJson(editor.getEditorState().toJSON() as unknown as { root: Record<string, unknown> });
  const meeting = sampleMeeting();
  meeting.participants.push({ ...meeting.participants[0]!, id: 'p2', fullName: 'Jim Prendergast' });
  return meetingSchema.parse({ ...meeting, notes, agenda });
}

function reopened(meeting: Meeting): unknown {
  const editor = headlessEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(notesWithAgenda(meeting.notes, meeting.agenda))));
  return editor.getEditorState().toJSON();
}

let folder: string;
beforeAll(async () => {
  folder = await makeTempFolder('rapporteur-roundtrip-');
});
afterAll(() => removeFolder(folder));

describe('editor → save → open round trip (property)', () => {
  it('gives back the same document for random sequences of editor commands', async () => {
    const rig = buildSafety({ dataDir: join(folder, 'userData') });
    const file = join(folder, 'roundtrip.minutes');
    let runs = 0;
    const seen = new Set<string>();
    await fc.assert(fc.asyncProperty(fc.array(commandArbitrary, { minLength: 1, maxLength: 40 }), async (commands) => {
      runs += 1;
      // Created as NotesEditor creates it for a new meeting.
      const editor = headlessEditor();
      editor.setEditorState(editor.parseEditorState(JSON.stringify(notesWithAgenda(emptyNotes() as Meeting['notes'], []))));
      for (const command of commands) {
        run(editor, command);
        await settle();
      }
      await settle();
      const original = editor.getEditorState().toJSON();
      for (const match of JSON.stringify(original).matchAll(/"type":"([a-z-]+)"/g)) seen.add(match[1]!);
      const meeting = meetingFrom(editor);
      await rig.writer.saveToPath(file, meeting);
      const opened = await readMeetingFile(nodeFileSystem, file);
      if (!opened.ok) throw new Error(opened.error.message);
      expect(reopened(opened.meeting)).toEqual(original);
      // The recovery store, written first, gives back the same document too.
      const recovered = await rig.recovery.latest(await rig.keys.keyOf({ kind: 'file', path: file }));
      expect(reopened(meetingFromText(recovered!.text)!)).toEqual(original);
    }), { numRuns: 120 });
    expect(runs).toBeGreaterThanOrEqual(120);
    // The commands really reached every kind of node the notes hold.
    expect([...seen].sort()).toEqual(expect.arrayContaining(['agenda-heading', 'linebreak', 'link', 'list', 'listitem', 'paragraph', 'speaker-mention', 'text']));
  }, 120_000);
});
