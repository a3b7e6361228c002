import { LexicalTypeaheadMenuPlugin, type MenuRenderFn, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $getSelection, $insertNodes, $isRangeSelection, $isTextNode, type LexicalNode, type TextNode } from 'lexical';
import { useCallback, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { matchMentionTrigger, speakerChoicesFor } from '../../../shared/names/mentionQuery';
import { useMeetingStore } from '../../store/meetingStore';
import { addParticipant } from '../../store/participantActions';
import { $createSpeakerMentionNode } from '../nodes/SpeakerMentionNode';
import { meetingClockOffsetNow } from './clockOffset';
import { $continueAfterMention } from './insertSpeakerMention';
import { MentionMenu } from './MentionMenu';
import { speakerOptionsFor, type SpeakerOption } from './mentionOptions';
import { $asOwnUndoStep } from './undoStep';

/** Opens only when there is something to offer, so prose after a stray "@" keeps its arrow keys and Enter. */
function triggerWithOptions(text: string): MenuTextMatch | null {
  const match = matchMentionTrigger(text);
  if (!match) return null;
  return speakerChoicesFor(useMeetingStore.getState().meeting.participants, match.matchingString).length > 0 ? match : null;
}

function $isMergeable(node: LexicalNode | null, into: TextNode): node is TextNode {
  return $isTextNode(node) && node.isSimpleText() && node.getFormat() === into.getFormat() && node.getStyle() === into.getStyle();
}

/**
 * The "@name" typed before the caret, as a text node of its own. Read afresh from the
 * caret: the menu splits the text by the query it last rendered, which lags behind
 * fast typing ("@Just" + Enter could otherwise replace only "st").
 */
function $typedTrigger(): TextNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return null;
  let node = selection.anchor.getNode() as TextNode;
  for (let previous = node.getPreviousSibling(); $isMergeable(previous, node); previous = node.getPreviousSibling()) {
    node = previous.mergeWithSibling(node);
  }
  const caret = selection.anchor.offset;
  const match = matchMentionTrigger(node.getTextContent().slice(0, caret));
  if (!match) return null;
  const pieces = node.splitText(match.leadOffset, caret);
  return pieces[match.leadOffset === 0 ? 0 : 1] ?? null;
}

function $insertChosenSpeaker(option: SpeakerOption, typedQuery: TextNode | null): void {
  const participantId = option.choice.kind === 'participant' ? option.choice.participant.id : addParticipant({ fullName: option.choice.fullName }).id;
  const mention = $createSpeakerMentionNode(participantId, meetingClockOffsetNow());
  const typed = $typedTrigger() ?? (typedQuery?.isAttached() ? typedQuery : null);
  if (typed) typed.replace(mention);
  else $insertNodes([mention]);
  $continueAfterMention(mention);
  $asOwnUndoStep();
}

const renderMenu: MenuRenderFn<SpeakerOption> = (anchor, { options, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) => (
  anchor.current && options.length > 0
    ? createPortal(<MentionMenu options={options} selectedIndex={selectedIndex} onChoose={selectOptionAndCleanUp} onHighlight={setHighlightedIndex} />, anchor.current)
    : null
);

/**
 * "@" then a few letters of a full name, short name, initials or alias offers the
 * matching participants; a name nobody has can be added as a participant on the spot.
 * The chosen mention replaces the typed "@query", followed by a space.
 */
export function MentionTypeaheadPlugin() {
  const participants = useMeetingStore((state) => state.meeting.participants);
  const [query, setQuery] = useState<string | null>(null);
  // The menu reports the query after every update, mostly "none" again: a state update is asked only for a change.
  const reported = useRef<string | null>(null);
  const onQueryChange = useCallback((next: string | null) => {
    if (next === reported.current) return;
    reported.current = next;
    setQuery(next);
  }, []);
  const options = useMemo(() => (query === null ? [] : speakerOptionsFor(participants, query)), [participants, query]);
  const onSelectOption = useCallback((option: SpeakerOption, typedQuery: TextNode | null, closeMenu: () => void) => {
    $insertChosenSpeaker(option, typedQuery);
    closeMenu();
  }, []);
  return (
    <LexicalTypeaheadMenuPlugin<SpeakerOption>
      options={options}
      onQueryChange={onQueryChange}
      onSelectOption={onSelectOption}
      triggerFn={triggerWithOptions}
      menuRenderFn={renderMenu}
      anchorClassName="mention-menu-anchor"
    />
  );
}
