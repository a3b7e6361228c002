import { $parseSerializedNode, createEditor, type LexicalEditor, type SerializedLexicalNode } from 'lexical';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { notesWithAgenda } from '../../../../../src/renderer/editor/editorContent';
import { editorNodes } from '../../../../../src/renderer/editor/editorNodes';
import { publishMentions, useMentionIndexStore } from '../../../../../src/renderer/editor/mentions/mentionIndexStore';
import { $readMentionsInOrder } from '../../../../../src/renderer/editor/mentions/mentionOrder';
import { $indexLoadedMentions, createMentionTracker } from '../../../../../src/renderer/editor/mentions/mentionTracker';
import { SpeakerMentionNode } from '../../../../../src/renderer/editor/nodes/SpeakerMentionNode';
import { useMeetingStore } from '../../../../../src/renderer/store/meetingStore';
import { parseMeetingFile } from '../../../../../src/shared/meeting/fileFormat';
import type { Meeting } from '../../../../../src/shared/meeting/schema';

function fixtureMeeting(): Meeting {
  const parsed = parseMeetingFile(readFileSync(join(__dirname, '../../../../fixtures/wg-strategy-60.minutes'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.meeting;
}

/** Loads the meeting's notes as NotesEditor does: parsed into the empty root and indexed, in one update. */
function loadedEditor(meeting: Meeting, index: boolean): LexicalEditor {
  const editor = createEditor({ namespace: 'rapporteur-notes', nodes: [...editorNodes], onError: (error) => { throw error; } });
  editor.update(() => {
    $parseSerializedNode((notesWithAgenda(meeting.notes, meeting.agenda) as { root: SerializedLexicalNode }).root);
    if (index) $indexLoadedMentions();
  }, { discrete: true });
  return editor;
}

const allMentionsRead = (editor: LexicalEditor) => editor.getEditorState().read(() => {
  const keys: string[] = [];
  for (const [key, node] of editor.getEditorState()._nodeMap) if (node instanceof SpeakerMentionNode) keys.push(key);
  return $readMentionsInOrder(keys);
});

let meeting: Meeting;

beforeEach(() => {
  meeting = fixtureMeeting();
  useMeetingStore.getState().loadMeeting(meeting, null);
  useMentionIndexStore.setState({ mentions: [], names: new Map() });
});

describe('the mention index of loaded notes', () => {
  it('is published in the update that loads them: every mention, in document order, with its name', () => {
    const editor = loadedEditor(meeting, true);
    const { mentions, names } = useMentionIndexStore.getState();
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions).toEqual(allMentionsRead(editor));
    expect(names.size).toBe(mentions.length);
  });

  it('is taken as it stands by the tracker when it starts: not read nor published again', () => {
    const editor = loadedEditor(meeting, true);
    // The same mentions under a mark only this test puts there: read again, the index would lose it.
    useMentionIndexStore.setState((state) => ({ mentions: state.mentions.map((mention) => ({ ...mention, paragraphId: `marked-${mention.paragraphId}` })) }));
    const published = useMentionIndexStore.getState();
    const tracker = createMentionTracker(editor);
    const unsubscribe = editor.registerMutationListener(SpeakerMentionNode, (mutations) => tracker.onMentionMutations(mutations), { skipInitialization: false });
    expect(useMentionIndexStore.getState()).toBe(published);
    unsubscribe();
  });

  it('is read by the tracker when the load did not index these mentions', () => {
    const editor = loadedEditor(meeting, false);
    const tracker = createMentionTracker(editor);
    const unsubscribe = editor.registerMutationListener(SpeakerMentionNode, (mutations) => tracker.onMentionMutations(mutations), { skipInitialization: false });
    expect(useMentionIndexStore.getState().mentions).toEqual(allMentionsRead(editor));
    unsubscribe();
  });

  it('changes nothing when the same mentions are published under the same names', () => {
    const editor = loadedEditor(meeting, true);
    const before = useMentionIndexStore.getState();
    publishMentions(allMentionsRead(editor));
    expect(useMentionIndexStore.getState()).toBe(before);
    publishMentions(before.mentions.slice(1));
    expect(useMentionIndexStore.getState().mentions).toHaveLength(before.mentions.length - 1);
  });
});
