import type { SerializedNote } from '../meeting/notesSchema';
import type { ActionHistoryEntry, CarriedAction, Meeting } from '../meeting/schema';
import { collectNotedItems, inlinePlainText, type NotedAction } from './collect';

/**
 * Carry-over rules, from one meeting of a series to the next:
 * 1. An action marked in the notes and not done is open: it goes to the next meeting.
 * 2. An action marked done is closed and stays behind.
 * 3. A carried-over action whose paragraph was deleted from the notes is dropped
 *    (the actions panel lists it, with a way to put it back).
 * 4. Text, owners and due date are taken from the notes as they stand, so edits
 *    made while reviewing an action travel with it.
 * 5. Its history grows by one entry per meeting: "raised" where it was first
 *    marked, then "open" for each meeting it stayed open through.
 */

export interface ActionToCarry {
  carried: CarriedAction;
  /** The action's inline content (mentions, links, formatting), to become its paragraph in the next meeting. */
  content: SerializedNote[];
}

export function actionsToCarry(previous: Meeting): ActionToCarry[] {
  const earlier = new Map(previous.carriedActions.map((action) => [action.id, action]));
  const nameOf = fullNameIn(previous);
  return collectNotedItems(previous.notes).actions
    .filter((action) => !action.done && action.actionId !== '')
    .map((action) => ({ carried: carriedFrom(action, earlier.get(action.actionId), previous, nameOf), content: action.content }));
}

function carriedFrom(action: NotedAction, before: CarriedAction | undefined, meeting: Meeting, nameOf: (id: string) => string): CarriedAction {
  const history = before?.history ?? [];
  const carried: CarriedAction = {
    id: action.actionId,
    text: inlinePlainText(action.content, nameOf).slice(0, 10_000),
    ownerIds: action.ownerIds,
    history: [...history, historyEntry(history.length === 0 ? 'raised' : 'open', meeting)],
  };
  if (action.due !== undefined) carried.due = action.due;
  return carried;
}

function historyEntry(event: ActionHistoryEntry['event'], meeting: Meeting): ActionHistoryEntry {
  const entry: ActionHistoryEntry = { event };
  if (meeting.metadata.number !== undefined) entry.meetingNumber = meeting.metadata.number;
  if (meeting.metadata.start) entry.date = meeting.metadata.start.date;
  return entry;
}

/** Carried-over actions whose paragraph is no longer in the notes: dropped unless put back (rule 3). */
export function droppedCarriedActions(meeting: Meeting): CarriedAction[] {
  const inNotes = new Set(collectNotedItems(meeting.notes).actions.map((action) => action.actionId));
  return meeting.carriedActions.filter((action) => !inNotes.has(action.id));
}

export function fullNameIn(meeting: Pick<Meeting, 'participants'>): (participantId: string) => string {
  const names = new Map(meeting.participants.map((participant) => [participant.id, participant.fullName]));
  return (participantId) => names.get(participantId) ?? '';
}
