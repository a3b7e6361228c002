import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useEffect } from 'react';
import { useMeetingStore } from '../../store/meetingStore';
import { restoreParticipantsIfUndone } from '../../store/participantActions';
import { AgendaHeadingNode } from '../nodes/AgendaHeadingNode';
import { SpeakerMentionNode } from '../nodes/SpeakerMentionNode';
import { refreshMentionNames, useMentionIndexStore } from './mentionIndexStore';
import { writeChangedMentionNames } from './mentionNameDom';
import { createMentionTracker } from './mentionTracker';

/**
 * Maintains the index of speaker mentions (order, section, paragraph) that the
 * naming rule and the who-spoke counts read, from mutation listeners only; and
 * renames mentions (in the DOM) when the people, the naming rule or the agenda change.
 */
export function MentionIndexPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const tracker = createMentionTracker(editor);
    const unsubscribeMeeting = useMeetingStore.subscribe((state, previous) => {
      // Another meeting is loading: this editor is about to be replaced, and its mentions are not that meeting's.
      if (state.session !== previous.session) return;
      const now = state.meeting;
      const before = previous.meeting;
      if (now.participants !== before.participants || now.metadata !== before.metadata || now.agenda !== before.agenda) refreshMentionNames();
      if (now.agenda !== before.agenda) restoreParticipantsIfUndone(now.agenda.flatMap((item) => [item, ...item.children]).flatMap((entry) => entry.presenterIds));
    });
    const unsubscribeNames = useMentionIndexStore.subscribe((now, before) => writeChangedMentionNames(editor, now, before));
    return mergeRegister(
      // Not skipping initialization: the mentions of a loaded meeting arrive as "created".
      editor.registerMutationListener(SpeakerMentionNode, (mutations) => tracker.onMentionMutations(mutations), { skipInitialization: false }),
      editor.registerMutationListener(AgendaHeadingNode, () => tracker.refresh(), { skipInitialization: true }),
      unsubscribeMeeting,
      unsubscribeNames,
    );
  }, [editor]);
  return null;
}
