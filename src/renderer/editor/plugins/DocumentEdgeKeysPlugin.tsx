import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { useMeetingStore } from '../../store/meetingStore';
import { registerNotesKeyDown } from '../notesKeyDown';

export type DocumentEdge = 'start' | 'end';

/**
 * The notes' blocks off screen skip layout (content-visibility in styles.css),
 * and Chromium then puts Ctrl+End's caret at the start of the last block, not
 * at its end; Ctrl+Home can land short too. The editor moves there itself:
 * Ctrl+Home/End (and ⌘↑/⌘↓ on macOS), with Shift extending the selection.
 */
export function documentEdgeOf(event: KeyboardEvent, platform: string): DocumentEdge | null {
  if (event.altKey) return null;
  const primary = platform === 'darwin' ? event.metaKey : event.ctrlKey;
  if (!primary) return null;
  if (event.key === 'Home' || (platform === 'darwin' && event.key === 'ArrowUp')) return 'start';
  if (event.key === 'End' || (platform === 'darwin' && event.key === 'ArrowDown')) return 'end';
  return null;
}

export function moveToDocumentEdge(editor: LexicalEditor, edge: DocumentEdge, extend: boolean): void {
  editor.update(() => {
    const before = $getSelection();
    // Copied first: selecting moves the points of the selection object in place.
    const anchor = $isRangeSelection(before) ? { key: before.anchor.key, offset: before.anchor.offset, type: before.anchor.type } : null;
    const root = $getRoot();
    const after = edge === 'end' ? root.selectEnd() : root.selectStart();
    if (extend && anchor) after.anchor.set(anchor.key, anchor.offset, anchor.type);
  });
  // The caret's block is drawn now that it holds the caret: bring it into view.
  requestAnimationFrame(() => {
    const focus = window.getSelection()?.focusNode;
    (focus instanceof Element ? focus : focus?.parentElement)?.scrollIntoView({ block: 'nearest' });
  });
}

export function DocumentEdgeKeysPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerNotesKeyDown(editor, (event) => {
    const edge = documentEdgeOf(event, useMeetingStore.getState().platform);
    if (!edge) return;
    event.preventDefault();
    moveToDocumentEdge(editor, edge, event.shiftKey);
  }), [editor]);
  return null;
}
