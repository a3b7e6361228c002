import { useEffect, useState } from 'react';
import { runCommand } from '../commands/commandHandlers';
import { useMeetingStore } from '../store/meetingStore';
import { formatClockOffset } from './agenda/formatClockOffset';

/** The meeting clock: item start times and speaker mentions are recorded as offsets from its start. */
export function MeetingClock() {
  const clock = useMeetingStore((state) => state.meeting.clock);
  const readOnly = useMeetingStore((state) => state.readOnly);
  const [now, setNow] = useState(() => Date.now());
  const running = clock.startedAt !== undefined && clock.endedAt === undefined;
  useEffect(() => {
    if (!running) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  if (!clock.startedAt) {
    return readOnly ? null : <button type="button" className="toolbar-button" onClick={() => runCommand('meeting.startClock')}>Start meeting</button>;
  }
  const end = clock.endedAt ? Date.parse(clock.endedAt) : now;
  return (
    <span className="meeting-clock">
      <span className={`meeting-clock__time${running ? ' meeting-clock__time--running' : ''}`} role="timer" aria-label="Meeting clock">
        {running ? '● ' : ''}{formatClockOffset(Math.max(0, end - Date.parse(clock.startedAt)))}
      </span>
      {running && !readOnly ? <button type="button" className="toolbar-button" onClick={() => runCommand('meeting.endClock')}>End</button> : null}
    </span>
  );
}
