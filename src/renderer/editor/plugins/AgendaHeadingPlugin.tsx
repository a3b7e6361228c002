import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { useMeetingStore } from '../../store/meetingStore';
import { headingItemAt, relabelHeadings } from '../agenda/headingDom';
import { goToAgendaItem } from '../agenda/navigation';

/**
 * Keeps the agenda headings in the notes labelled as the agenda is edited, and
 * sends a click on one into its section: the heading itself can hold no caret,
 * so the click would otherwise land nowhere.
 */
export function AgendaHeadingPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const unsubscribe = useMeetingStore.subscribe((state, previous) => {
      // Another meeting is loading: this editor is about to be replaced, and relabelling its headings with that
      // meeting's agenda would only wake Lexical's mutation observer on notes that are going away.
      if (state.session !== previous.session || state.meeting.agenda === previous.meeting.agenda) return;
      const root = editor.getRootElement();
      if (root) relabelHeadings(root, state.meeting.agenda);
    });
    const onMouseDown = (event: MouseEvent) => {
      const itemId = event.button === 0 ? headingItemAt(event.target) : undefined;
      if (itemId === undefined) return;
      event.preventDefault();
      goToAgendaItem(editor, itemId);
    };
    // Capturing, so the caret is placed before Lexical's own listeners on the root see the press.
    const unregisterRoot = editor.registerRootListener((root, previousRoot) => {
      previousRoot?.removeEventListener('mousedown', onMouseDown, true);
      root?.addEventListener('mousedown', onMouseDown, true);
    });
    return () => {
      unsubscribe();
      unregisterRoot();
    };
  }, [editor]);
  return null;
}
