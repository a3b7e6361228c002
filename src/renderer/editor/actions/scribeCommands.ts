import { $getSelection, $isRangeSelection, type ElementNode } from 'lexical';
import { resolveOwners } from '../../../shared/actions/owners';
import { parseScribeCommand, type ScribeCommand } from '../../../shared/actions/scribeCommands';
import { newId } from '../../../shared/ids';
import { safeLinkTarget } from '../../../shared/report/links';
import { useMeetingStore } from '../../store/meetingStore';
import { addParticipant } from '../../store/participantActions';
import { $blockOf, $markAction, $markersIn, $toggleDecision, type MarkTarget } from './markActions';

/** A paragraph typed as a scribe command, the caret at its end; null for anything else or a block already marked. */
export function $scribeCommandAtCaret(): { block: ElementNode; command: ScribeCommand } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const block = $blockOf(selection.anchor.getNode());
  if (!block || $markersIn(block).length > 0 || !$caretAtEnd(block)) return null;
  const command = parseScribeCommand(block.getTextContent());
  return command ? { block, command } : null;
}

/** Only a finished line is a command: Enter in the middle of one splits it as usual. */
function $caretAtEnd(block: ElementNode): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const { anchor } = selection;
  if (anchor.type === 'element') return anchor.key === block.getKey() && anchor.offset === block.getChildrenSize();
  const last = block.getLastDescendant();
  return last !== null && anchor.key === last.getKey() && anchor.offset === last.getTextContentSize();
}

/** Owner ids for the names a scribe typed; people the roster lacks are added (absent: they owe work, they did not attend). */
export function ownerIdsFor(names: readonly string[]): string[] {
  const resolved = resolveOwners(useMeetingStore.getState().meeting.participants, names);
  const added = resolved.newNames.map((fullName) => addParticipant({ fullName, attendance: 'absent' }).id);
  return [...resolved.ownerIds, ...added];
}

export function addMeetingLink(url: string, title: string): void {
  useMeetingStore.setState((state) => ({
    meeting: { ...state.meeting, links: [...state.meeting.links, { id: newId('l'), title: title.slice(0, 2000), url }] },
  }));
  useMeetingStore.getState().markDirty();
}

/**
 * Applies a typed command to its paragraph: `ACTION:`/`#action` becomes an
 * action marker (owners read from "Name(s) to …", a trailing "due …" as the
 * due date), `DECISION:`/`RESOLUTION:`/`#agreed` a decision marker, `#link` a
 * curated link (the line is consumed). Returns false when nothing was done.
 */
export function $applyScribeCommand(block: ElementNode, command: ScribeCommand): boolean {
  const target: MarkTarget = { blockKey: block.getKey() };
  if (command.kind === 'link') {
    const url = safeLinkTarget(command.url);
    if (url === undefined) return false;
    addMeetingLink(url, command.title || url);
    block.clear().select();
    return true;
  }
  if (command.kind === 'decision') {
    $toggleDecision({ ...target, strip: { prefixLength: command.prefixLength } });
    return true;
  }
  const strip = { prefixLength: command.prefixLength, ...(command.dueClauseStart !== undefined ? { suffixStart: command.dueClauseStart } : {}) };
  return $markAction({ ...target, strip }, { ownerIds: ownerIdsFor(command.ownerNames), due: command.due, done: false }) !== null;
}
