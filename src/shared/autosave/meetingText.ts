import type { Meeting } from '../meeting/schema';

interface NoteNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
}

/** The words typed in the notes, as a version list shows them; a word split across formatting runs counts once. */
export function countWords(notes: Meeting['notes']): number {
  const parts: string[] = [];
  const stack: Array<NoteNode | string> = [notes.root as NoteNode];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
    } else if (node.type === 'text' && typeof node.text === 'string') {
      parts.push(node.text);
    } else {
      // Any other node (paragraph, list item, line break, mention) separates words.
      parts.push(' ');
      if (Array.isArray(node.children)) stack.push(' ', ...[...(node.children as NoteNode[])].reverse());
    }
  }
  return parts.join('').split(/\s+/u).filter((word) => word !== '').length;
}

function notesAreEmpty(notes: Meeting['notes']): boolean {
  const stack: NoteNode[] = [notes.root as NoteNode];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'root' && node.type !== 'paragraph') return false;
    if (Array.isArray(node.children)) stack.push(...(node.children as NoteNode[]));
  }
  return true;
}

/** Nothing a user typed or chose: such a draft is not worth keeping when it is closed. */
export function isBlankMeeting(meeting: Meeting): boolean {
  const { metadata } = meeting;
  return notesAreEmpty(meeting.notes) && meeting.participants.length === 0 && meeting.agenda.length === 0
    && meeting.links.length === 0 && meeting.clock.startedAt === undefined
    && metadata.groupTitle === '' && metadata.groupLongName === '' && metadata.groupShortName === ''
    && metadata.number === undefined && metadata.start === undefined;
}
