import { useMeetingStore } from '../../store/meetingStore';

/** How far into the meeting clock we are, for the mention's timestamp; undefined before the clock starts. */
export function meetingClockOffsetNow(): number | undefined {
  const startedAt = useMeetingStore.getState().meeting.clock.startedAt;
  return startedAt ? Math.max(0, Date.now() - Date.parse(startedAt)) : undefined;
}
