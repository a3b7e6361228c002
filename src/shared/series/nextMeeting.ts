import { actionsToCarry, type ActionToCarry } from '../actions/carryOver';
import { newId } from '../ids';
import { meetingSchema, type AgendaItem, type Attendance, type Meeting, type MeetingMetadata, type Participant } from '../meeting/schema';
import { startingNotes } from './reviewNotes';
import { agendaFromSkeleton, type SkeletonItem } from './skeleton';

export const REVIEW_ITEM_TITLE = 'Review of action items';

export type AgendaStart = 'skeleton' | 'previous' | 'none';

export interface NextMeetingOptions {
  /** Where the agenda comes from: the group's skeleton, the previous meeting's items, or nothing but the review. */
  agenda: AgendaStart;
  skeleton?: readonly SkeletonItem[];
  /** Bring the open actions over under a review item (default true). */
  carryActions?: boolean;
}

/**
 * The next meeting of a series, made from the previous one in one step: the
 * number plus one, the date and time the previous meeting set for the next
 * call, the group's data and report choices, the roster with attendance reset,
 * the agenda asked for, and the open actions under "Review of action items".
 */
export function createNextMeeting(previous: Meeting, options: NextMeetingOptions): Meeting {
  const actions = options.carryActions === false ? [] : actionsToCarry(previous);
  const { agenda, reviewItemId } = withReviewItem(startingAgenda(previous, options), actions);
  return meetingSchema.parse({
    metadata: nextMetadata(previous.metadata),
    participants: previous.participants.map(withAttendanceReset),
    agenda,
    notes: startingNotes(agenda, reviewItemId, actions),
    links: [],
    clock: {},
    carriedActions: actions.map((action) => action.carried),
  });
}

/** The group's settings carry over; what belonged to that call (its date, status, clock) does not. */
export function nextMetadata(previous: MeetingMetadata): MeetingMetadata {
  const { number, start: _start, nextMeeting, status: _status, ...group } = previous;
  const metadata: MeetingMetadata = { ...group, status: 'live' };
  if (number !== undefined) metadata.number = number + 1;
  if (nextMeeting) metadata.start = nextMeeting;
  return metadata;
}

/**
 * Attendance is the previous call's record, not this one's: present and
 * apologies go back to present, the default of everyone on the roster (so the
 * speaker chords work from the first minute); someone absent last time, such as
 * an action owner who never attended, is not presumed present.
 */
export function withAttendanceReset(participant: Participant): Participant {
  const attendance: Attendance = participant.attendance === 'absent' ? 'absent' : 'present';
  return { ...participant, attendance };
}

function startingAgenda(previous: Meeting, options: NextMeetingOptions): AgendaItem[] {
  if (options.agenda === 'skeleton') return agendaFromSkeleton(options.skeleton ?? []);
  if (options.agenda === 'previous') return previous.agenda.filter((item) => !isReviewItem(item)).map(copyItem);
  return [];
}

function copyItem(item: AgendaItem): AgendaItem {
  const { takenUpAtMs: _taken, children, ...rest } = item;
  return {
    ...rest, id: newId('i'),
    children: children.map(({ takenUpAtMs: _childTaken, ...child }) => ({ ...child, id: newId('s') })),
  };
}

function isReviewItem(item: AgendaItem): boolean {
  return /^review of (the )?action(s| items)\b/iu.test(item.title.trim());
}

/** The review item comes first; a skeleton that already has one keeps its place. Without open actions, none is added. */
function withReviewItem(agenda: AgendaItem[], actions: readonly ActionToCarry[]): { agenda: AgendaItem[]; reviewItemId: string | undefined } {
  const existing = agenda.find(isReviewItem);
  if (existing) return { agenda, reviewItemId: existing.id };
  if (actions.length === 0) return { agenda, reviewItemId: undefined };
  const review: AgendaItem = { id: newId('i'), title: REVIEW_ITEM_TITLE, presenterIds: [], children: [] };
  return { agenda: [review, ...agenda], reviewItemId: review.id };
}
