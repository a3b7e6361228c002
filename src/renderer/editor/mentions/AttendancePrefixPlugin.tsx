import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isParagraphNode, $isRangeSelection, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, type ParagraphNode } from 'lexical';
import { useEffect } from 'react';
import { parseAttendancePrefix, resolveAttendanceName, type AttendancePrefix, type AttendanceNameResolution } from '../../../shared/names/scribePrefixes';
import { useMeetingStore } from '../../store/meetingStore';
import { addParticipant, setAttendance } from '../../store/participantActions';

interface AttendanceLine {
  paragraph: ParagraphNode;
  prefix: AttendancePrefix;
  resolutions: AttendanceNameResolution[];
}

/** The paragraph's `present+`/`regrets+` line with every name resolved; undefined when it is not one or a name is ambiguous. */
function $attendanceLine(): AttendanceLine | undefined {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return undefined;
  const paragraph = selection.anchor.getNode().getTopLevelElement();
  if (!$isParagraphNode(paragraph)) return undefined;
  const prefix = parseAttendancePrefix(paragraph.getTextContent());
  if (!prefix) return undefined;
  const participants = useMeetingStore.getState().meeting.participants;
  const resolutions = prefix.names.map((name) => resolveAttendanceName(participants, name));
  return resolutions.some((resolution) => resolution.kind === 'ambiguous') ? undefined : { paragraph, prefix, resolutions };
}

function recordAttendance({ attendance }: AttendancePrefix, resolutions: readonly AttendanceNameResolution[]): void {
  const known = resolutions.flatMap((resolution) => (resolution.kind === 'participant' ? [resolution.participantId] : []));
  setAttendance(known, attendance);
  for (const resolution of resolutions) {
    if (resolution.kind === 'new') addParticipant({ fullName: resolution.name, attendance });
  }
}

/**
 * `present+ Jim, Chris` or `regrets+ Lynn` typed as a paragraph of its own, then
 * Enter, records attendance as W3C scribes are used to: the line is consumed and
 * the caret stays in the emptied paragraph for the next one. Unknown names become
 * participants; a name that could be two people leaves the line as typed.
 */
export function AttendancePrefixPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(KEY_ENTER_COMMAND, (event) => {
    const line = $attendanceLine();
    if (!line) return false;
    event?.preventDefault();
    recordAttendance(line.prefix, line.resolutions);
    line.paragraph.clear().select();
    return true;
  }, COMMAND_PRIORITY_HIGH), [editor]);
  return null;
}
