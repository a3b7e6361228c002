import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNodeByKey, $getSelection, $isElementNode, $isRangeSelection, $isTextNode, COLLABORATION_TAG, HISTORIC_TAG,
  type EditorState, type NodeKey,
} from 'lexical';
import { useEffect } from 'react';
import { participantForSpeakerPrefix, speakerPrefixName } from '../../../shared/names/scribePrefixes';
import { useMeetingStore } from '../../store/meetingStore';
import { $createSpeakerMentionNode } from '../nodes/SpeakerMentionNode';
import { meetingClockOffsetNow } from './clockOffset';
import { $continueAfterMention } from './insertSpeakerMention';
import { $asOwnUndoStep } from './undoStep';

interface TypedPrefix {
  textKey: NodeKey;
  /** Length of "Name:" in the text node: everything up to the caret. */
  length: number;
  name: string;
}

/** "Name:" typed at the very start of a paragraph, the caret right after the colon; undefined otherwise. Reads the caret's text node only. */
function $typedSpeakerPrefix(dirtyLeaves: Set<NodeKey>): TypedPrefix | undefined {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return undefined;
  const node = selection.anchor.getNode();
  const offset = selection.anchor.offset;
  // The usual keystroke is not a colon: one character compared, nothing copied.
  if (node.getTextContent().charAt(offset - 1) !== ':' || !dirtyLeaves.has(node.getKey())) return undefined;
  if (!$isTextNode(node) || !node.isSimpleText() || node.getPreviousSibling() !== null) return undefined;
  const parent = node.getParent();
  if (!$isElementNode(parent) || parent.isInline()) return undefined;
  const typed = node.getTextContent().slice(0, offset);
  const name = speakerPrefixName(typed);
  return name === undefined ? undefined : { textKey: node.getKey(), length: typed.length, name };
}

/** Whether the colon was the keystroke that made this update, not a deletion that left "Name:" behind. */
function colonWasJustTyped(prefix: TypedPrefix, editorState: EditorState, prevEditorState: EditorState): boolean {
  const now = editorState.read(() => $getNodeByKey(prefix.textKey)?.getTextContent());
  const before = prevEditorState.read(() => $getNodeByKey(prefix.textKey)?.getTextContent());
  return now !== undefined && before === now.slice(0, prefix.length - 1) + now.slice(prefix.length);
}

function readTypedPrefix(editorState: EditorState, prevEditorState: EditorState, dirtyLeaves: Set<NodeKey>): TypedPrefix | undefined {
  const prefix = editorState.read(() => $typedSpeakerPrefix(dirtyLeaves));
  return prefix && colonWasJustTyped(prefix, editorState, prevEditorState) ? prefix : undefined;
}

function $replacePrefixWithMention(prefix: TypedPrefix, participantId: string): void {
  const node = $getNodeByKey(prefix.textKey);
  if (!$isTextNode(node)) return;
  const [typed] = prefix.length < node.getTextContentSize() ? node.splitText(prefix.length) : [node];
  if (!typed) return;
  const mention = $createSpeakerMentionNode(participantId, meetingClockOffsetNow());
  typed.replace(mention);
  $continueAfterMention(mention);
  $asOwnUndoStep();
}

/**
 * `Name:` at the start of a paragraph, where Name is exactly one participant's full
 * name, short name or alias, becomes that person's mention (the W3C scribe habit).
 * It happens in an update of its own, after the colon was typed, so one undo brings
 * back the typed "Name:". Words naming nobody ("Note:") stay text.
 */
export function SpeakerPrefixPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerUpdateListener(({ editorState, prevEditorState, dirtyLeaves, tags }) => {
    if (tags.has(HISTORIC_TAG) || tags.has(COLLABORATION_TAG) || dirtyLeaves.size === 0 || editor.isComposing() || !editor.isEditable()) return;
    const prefix = readTypedPrefix(editorState, prevEditorState, dirtyLeaves);
    if (!prefix) return;
    const participant = participantForSpeakerPrefix(useMeetingStore.getState().meeting.participants, prefix.name);
    if (!participant) return;
    editor.update(() => $replacePrefixWithMention(prefix, participant.id));
  }), [editor]);
  return null;
}
