import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { INSERT_UNORDERED_LIST_COMMAND, registerList } from '@lexical/list';
import { registerRichText } from '@lexical/rich-text';
import fc from 'fast-check';
import {
  $getRoot, $getSelection, $isRangeSelection, $isTextNode, createEditor, DELETE_CHARACTER_COMMAND, FORMAT_TEXT_COMMAND, INSERT_PARAGRAPH_COMMAND,
  REDO_COMMAND, UNDO_COMMAND, type LexicalEditor,
} from 'lexical';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { meetingJsonWithNotes, meetingPartsWithNotes, resetMeetingJsonCache } from '../../../../src/renderer/autosave/meetingJson';
import { changesSinceReceived, forgetReceived, noteReceived } from '../../../../src/renderer/autosave/sentChanges';
import { parseMeetingJson } from '../../../../src/shared/autosave/contract';
import { applyMeetingChanges, type ReceivedNotes } from '../../../../src/shared/autosave/notesBlocks';
import { applyAgendaChange } from '../../../../src/renderer/editor/agenda/applyAgendaChange';
import { notesWithAgenda, splitEditorJson } from '../../../../src/renderer/editor/editorContent';
import { editorNodes } from '../../../../src/renderer/editor/editorNodes';
import { insertSpeakerMention } from '../../../../src/renderer/editor/mentions/insertSpeakerMention';
import { parseMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import type { Meeting } from '../../../../src/shared/meeting/schema';

// The incremental capture must write, byte for byte, what the whole-document
// capture it replaces wrote: JSON.stringify of the meeting with the editor's notes.

function fixtureMeeting(): Meeting {
  const parsed = parseMeetingFile(readFileSync(join(__dirname, '../../../fixtures/wg-strategy-60.minutes'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.meeting;
}

function editorFor(meeting: Meeting): LexicalEditor {
  const editor = createEditor({ namespace: 'rapporteur-notes', nodes: [...editorNodes], onError: (error) => { throw error; } });
  registerRichText(editor);
  registerList(editor);
  registerHistory(editor, createEmptyHistoryState(), 0);
  editor.setEditorState(editor.parseEditorState(JSON.stringify(notesWithAgenda(meeting.notes, meeting.agenda))));
  return editor;
}

/** What autosave wrote before: the whole editor state exported, then the whole meeting stringified. */
function wholeCapture(meeting: Meeting, editor: LexicalEditor): string {
  return JSON.stringify({ ...meeting, ...splitEditorJson(editor.getEditorState().toJSON() as unknown as { root: Record<string, unknown> }) });
}

type Command =
  | { kind: 'caret'; node: number; offset: number } | { kind: 'type'; text: string } | { kind: 'enter' } | { kind: 'backspace' }
  | { kind: 'bold' } | { kind: 'list' } | { kind: 'undo' } | { kind: 'redo' } | { kind: 'speaker' } | { kind: 'agenda'; title: string };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('caret' as const), node: fc.nat(), offset: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('type' as const), text: fc.string({ minLength: 1, maxLength: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('agenda' as const), title: fc.string({ maxLength: 10 }) }) },
  { weight: 3, arbitrary: fc.constantFrom<Command>({ kind: 'enter' }, { kind: 'backspace' }, { kind: 'bold' }, { kind: 'list' }, { kind: 'undo' }, { kind: 'redo' }, { kind: 'speaker' }) },
);

let items = 0;

function run(editor: LexicalEditor, step: Command): void {
  const update = (fn: () => void) => editor.update(() => {
    if (!$isRangeSelection($getSelection())) $getRoot().selectEnd();
    fn();
  }, { discrete: true });
  switch (step.kind) {
    case 'caret': return update(() => {
      const nodes = $getRoot().getAllTextNodes().filter($isTextNode);
      const node = nodes[step.node % Math.max(1, nodes.length)];
      if (node) node.select(step.offset % (node.getTextContentSize() + 1), step.offset % (node.getTextContentSize() + 1));
    });
    case 'type': return update(() => ($getSelection() as { insertText(text: string): void }).insertText(step.text));
    case 'enter': return update(() => { editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined); });
    // Headless, there is no DOM selection to measure a character with: select it in the model first.
    case 'backspace': return update(() => {
      const selection = $getSelection();
      const anchor = $isRangeSelection(selection) && selection.isCollapsed() ? selection.anchor : undefined;
      const node = anchor?.getNode();
      if (!$isTextNode(node) || anchor!.offset === 0) return;
      node.select(anchor!.offset - 1, anchor!.offset);
      editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true);
    });
    case 'bold': return update(() => {
      const selection = $getSelection();
      const anchor = $isRangeSelection(selection) ? selection.anchor : undefined;
      const node = anchor?.getNode();
      if ($isTextNode(node)) node.select(0, anchor!.offset);
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold');
    });
    case 'list': return update(() => { editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined); });
    case 'undo': editor.dispatchCommand(UNDO_COMMAND, undefined); return;
    case 'redo': editor.dispatchCommand(REDO_COMMAND, undefined); return;
    case 'speaker': return insertSpeakerMention(editor, 'p-chris', 60_000);
    case 'agenda': {
      items += 1;
      applyAgendaChange(editor, (agenda) => [...agenda, { id: `item-new-${items}`, title: step.title, presenterIds: [], children: [] }]);
    }
  }
}

const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => resetMeetingJsonCache());

describe('meetingJsonWithNotes', () => {
  it('writes what stringifying the whole meeting writes, for a real meeting', () => {
    const meeting = fixtureMeeting();
    const editor = editorFor(meeting);
    expect(meetingJsonWithNotes(meeting, editor)).toBe(wholeCapture(meeting, editor));
    // Again from its remembered blocks.
    expect(meetingJsonWithNotes(meeting, editor)).toBe(wholeCapture(meeting, editor));
  });

  it('stays identical to the whole capture after any sequence of edits, undo and redo included', async () => {
    const meeting = fixtureMeeting();
    await fc.assert(fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
      const editor = editorFor(meeting);
      meetingJsonWithNotes(meeting, editor);
      for (const step of commands) {
        run(editor, step);
        await settle();
        expect(meetingJsonWithNotes(meeting, editor)).toBe(wholeCapture(meeting, editor));
      }
    }), { numRuns: 60 });
  }, 120_000);

  it('reads the meeting outside the notes afresh every time', () => {
    const meeting = fixtureMeeting();
    const editor = editorFor(meeting);
    meetingJsonWithNotes(meeting, editor);
    const renamed = { ...meeting, metadata: { ...meeting.metadata, groupTitle: 'Renamed group' } };
    expect(JSON.parse(meetingJsonWithNotes(renamed, editor)).metadata.groupTitle).toBe('Renamed group');
    expect(meetingJsonWithNotes(renamed, editor)).toBe(wholeCapture(renamed, editor));
  });
});

describe('meetingPartsWithNotes, through main (the autosave of changes)', () => {
  const target = { kind: 'file', handle: 'doc-parts1234' } as const;

  /** One save as the controller makes it, applied as main applies it; checked against the whole capture. */
  function saveThroughMain(meeting: Meeting, editor: LexicalEditor, last: ReceivedNotes | undefined): ReceivedNotes {
    const parts = meetingPartsWithNotes(meeting, editor);
    const changes = changesSinceReceived(target, parts);
    const applied = applyMeetingChanges(changes, last);
    if (!applied.ok) throw new Error(applied.baseUnknown ? 'base unknown' : applied.problem);
    noteReceived(target, changes, parts);
    const whole = parseMeetingJson(wholeCapture(meeting, editor));
    if (!whole.ok) throw new Error(whole.problem);
    expect(applied.meeting).toEqual(whole.meeting);
    expect(applied.notesParts.join('')).toBe(JSON.stringify(whole.meeting.notes));
    return applied.received;
  }

  it('gives main the meeting the whole capture gives, after any sequence of edits', async () => {
    const meeting = fixtureMeeting();
    await fc.assert(fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 20 }), async (commands) => {
      forgetReceived();
      const editor = editorFor(meeting);
      let received = saveThroughMain(meeting, editor, undefined);
      for (const step of commands) {
        run(editor, step);
        await settle();
        received = saveThroughMain(meeting, editor, received);
      }
    }), { numRuns: 40 });
  }, 120_000);

  it('sends one block\'s text for a key typed in one paragraph of a long meeting', async () => {
    forgetReceived();
    const meeting = fixtureMeeting();
    const editor = editorFor(meeting);
    const received = saveThroughMain(meeting, editor, undefined);
    run(editor, { kind: 'caret', node: 5, offset: 0 });
    run(editor, { kind: 'type', text: 'x' });
    await settle();
    const changes = changesSinceReceived(target, meetingPartsWithNotes(meeting, editor));
    expect(changes.base).toBe(received.id);
    expect(changes.blocks.filter((entry) => typeof entry === 'string')).toHaveLength(1);
    expect(changes.blocks.length).toBeLessThanOrEqual(3);
  });
});
