import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { AttendancePrefixPlugin } from './AttendancePrefixPlugin';
import { registerAutoSpace } from './autoSpace';
import { MentionIndexPlugin } from './MentionIndexPlugin';
import { MentionTypeaheadPlugin } from './MentionTypeaheadPlugin';
import { SpeakerPrefixPlugin } from './SpeakerPrefixPlugin';

function AutoSpacePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerAutoSpace(editor), [editor]);
  return null;
}

/** Everything speaker attribution adds to the notes editor. */
export function SpeakerMentionPlugins() {
  return (
    <>
      <MentionIndexPlugin />
      <MentionTypeaheadPlugin />
      <SpeakerPrefixPlugin />
      <AttendancePrefixPlugin />
      <AutoSpacePlugin />
    </>
  );
}
