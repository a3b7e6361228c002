import { $createTextNode, $getNodeByKey, $isElementNode, $isTextNode, PASTE_COMMAND, type LexicalEditor, type NodeKey } from 'lexical';
import { getBridge } from '../../bridge';
import { attributeToParticipant } from '../../commands/speakerCommands';
import { meetingClockOffsetNow } from '../../editor/mentions/clockOffset';
import { $asOwnUndoStep } from '../../editor/mentions/undoStep';
import { $createSpeakerMentionNode, $isSpeakerMentionNode } from '../../editor/nodes/SpeakerMentionNode';
import { useMeetingStore } from '../../store/meetingStore';

/** Gives the notes their focus back, with the selection they had (the menu took the focus, not the selection). */
export function refocusEditor(editor: LexicalEditor): void {
  editor.getRootElement()?.focus({ preventScroll: true });
  editor.focus();
}

/**
 * Cut and Copy as the keyboard does them: the browser's own command fires the
 * copy or cut event, which Lexical answers (HTML, plain text and its own format).
 * Allowed from a click or a key press in the sandbox; reading the clipboard is not.
 */
export function cutOrCopy(editor: LexicalEditor, command: 'cut' | 'copy'): void {
  refocusEditor(editor);
  if (!document.execCommand(command)) {
    useMeetingStore.getState().showError(`${command === 'cut' ? 'Cut' : 'Copy'} did not work here: use ${command === 'cut' ? 'Ctrl+X' : 'Ctrl+C'}.`);
  }
}

/**
 * Paste: a sandboxed page cannot read the clipboard (execCommand('paste') is
 * refused, the permission for navigator.clipboard is denied), so main reads it
 * and the content goes through the editor's paste command, and so through the
 * same cleaning as Ctrl+V.
 */
export async function pasteFromClipboard(editor: LexicalEditor): Promise<void> {
  const content = await getBridge().readClipboardForPaste({});
  if (!content.available) {
    useMeetingStore.getState().showError('Paste from this menu is not available here: use Ctrl+V.');
    return;
  }
  const data = new DataTransfer();
  if (content.html) data.setData('text/html', content.html);
  data.setData('text/plain', content.text);
  refocusEditor(editor);
  editor.dispatchCommand(PASTE_COMMAND, new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/**
 * "Attribute to…": an empty paragraph starts a statement by that person (as a
 * click in the speakers list does); a paragraph already written gets the person
 * as its speaker, in front, replacing the speaker it had. One undo step.
 */
export function attributeBlock(editor: LexicalEditor, blockKey: NodeKey | null, participantId: string): void {
  let marked = false;
  editor.update(() => {
    const block = blockKey ? $getNodeByKey(blockKey) : null;
    if (!$isElementNode(block) || !block.isAttached()) return;
    const first = block.getFirstChild();
    if (first === null) {
      block.select();
      return;
    }
    marked = true;
    if ($isSpeakerMentionNode(first)) {
      if (first.getParticipantId() !== participantId) first.replace($createSpeakerMentionNode(participantId, first.exportJSON().clockOffsetMs));
    } else {
      const mention = $createSpeakerMentionNode(participantId, meetingClockOffsetNow());
      first.insertBefore(mention);
      if (!($isTextNode(first) && /^\s/u.test(first.getTextContent()))) mention.insertAfter($createTextNode(' '));
    }
    $asOwnUndoStep();
  }, { discrete: true });
  if (marked) refocusEditor(editor);
  else attributeToParticipant(participantId);
}
