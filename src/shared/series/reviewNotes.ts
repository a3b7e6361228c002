import { actionMarkerNote } from '../actions/markers';
import { AGENDA_HEADING_TYPE, AGENDA_HEADING_VERSION, type SerializedNote, type SerializedNotes } from '../meeting/notesSchema';
import type { AgendaItem } from '../meeting/schema';
import type { ActionToCarry } from '../actions/carryOver';

/** The notes a new meeting starts with: a section per agenda entry, the carried-over actions under the review item. */

const paragraph = (children: SerializedNote[] = []): SerializedNote => ({
  type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children,
});

const heading = (itemId: string): SerializedNote => ({ type: AGENDA_HEADING_TYPE, version: AGENDA_HEADING_VERSION, itemId });

/** One paragraph per action: its marker (same id, so its history follows), a space, then its content. */
export function reviewParagraphs(actions: readonly ActionToCarry[]): SerializedNote[] {
  return actions.map(({ carried, content }) => paragraph([
    actionMarkerNote({ actionId: carried.id, ownerIds: carried.ownerIds, due: carried.due, done: false }),
    { type: 'text', version: 1, text: ' ', format: 0, detail: 0, mode: 'normal', style: '' },
    ...(content.length > 0 ? content : [{ type: 'text', version: 1, text: carried.text, format: 0, detail: 0, mode: 'normal', style: '' }]),
  ]));
}

export function startingNotes(agenda: readonly AgendaItem[], reviewItemId: string | undefined, actions: readonly ActionToCarry[]): SerializedNotes {
  const children: SerializedNote[] = [paragraph()];
  for (const entry of agenda.flatMap((item) => [item, ...item.children])) {
    children.push(heading(entry.id));
    children.push(...(entry.id === reviewItemId && actions.length > 0 ? reviewParagraphs(actions) : [paragraph()]));
  }
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } } as SerializedNotes;
}
