import { useLayoutEffect, useRef } from 'react';
import { runCommand } from '../commands/commandHandlers';
import { useMeetingStore } from '../store/meetingStore';
import { formatClockOffset } from './agenda/formatClockOffset';

function clockText(startedAt: string, endedAt: string | undefined): string {
  const end = endedAt ? Date.parse(endedAt) : Date.now();
  return `${endedAt ? '' : '● '}${formatClockOffset(Math.max(0, end - Date.parse(startedAt)))}`;
}

/**
 * The meeting clock: item start times and speaker mentions are recorded as offsets from its start.
 * The running time is written into its element each second rather than rendered: a React commit
 * while the caret is in the notes walks the notes' DOM (React saves the selection around it),
 * and the clock runs for the whole call, while the rapporteur types.
 */
export function MeetingClock() {
  const clock = useMeetingStore((state) => state.meeting.clock);
  const readOnly = useMeetingStore((state) => state.readOnly);
  const time = useRef<HTMLSpanElement>(null);
  const { startedAt, endedAt } = clock;
  const running = startedAt !== undefined && endedAt === undefined;
  useLayoutEffect(() => {
    const span = time.current;
    if (!span || !startedAt) return undefined;
    const write = () => {
      span.textContent = clockText(startedAt, endedAt);
    };
    write();
    if (endedAt) return undefined;
    const timer = window.setInterval(write, 1000);
    return () => window.clearInterval(timer);
  }, [startedAt, endedAt]);
  if (!startedAt) {
    return readOnly ? null : <button type="button" className="toolbar-button" onClick={() => runCommand('meeting.startClock')}>Start meeting</button>;
  }
  return (
    <span className="meeting-clock">
      <span ref={time} className={`meeting-clock__time${running ? ' meeting-clock__time--running' : ''}`} role="timer" aria-label="Meeting clock" />
      {running && !readOnly ? <button type="button" className="toolbar-button" onClick={() => runCommand('meeting.endClock')}>End</button> : null}
    </span>
  );
}
