import { describe, expect, it } from 'vitest';
import { createPendingOpens, isOpenableMeetingPath, meetingPathsFromArgv } from '../../../src/main/osFiles';

describe('files from the OS', () => {
  it('finds the meeting files among a launch\'s arguments', () => {
    expect(meetingPathsFromArgv(['/opt/Rapporteur/rapporteur', '--no-sandbox', 'notes/WG 60.minutes', '/tmp/other.docx', '/home/a/B.MINUTES'], '/home/a'))
      .toEqual(['/home/a/notes/WG 60.minutes', '/home/a/B.MINUTES']);
  });

  it.each([
    ['/home/a/meeting.minutes', true],
    ['meeting.minutes', false],
    ['/home/a/meeting.docx', false],
    ['/home/a/evil\0.minutes', false],
    [`/home/${'a'.repeat(5000)}.minutes`, false],
  ])('%s may be opened: %s', (path, expected) => {
    expect(isOpenableMeetingPath(path)).toBe(expected);
  });

  it('holds files that arrive before the app is ready, then opens the rest directly', () => {
    const opened: string[] = [];
    const pending = createPendingOpens();
    pending.add('/a.minutes');
    pending.add('/b.minutes');
    expect(opened).toEqual([]);
    pending.flushTo((path) => opened.push(path));
    pending.add('/c.minutes');
    expect(opened).toEqual(['/a.minutes', '/b.minutes', '/c.minutes']);
  });
});
