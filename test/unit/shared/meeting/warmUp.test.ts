import { describe, expect, it } from 'vitest';
import { parseMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { noteNodeTypes } from '../../../../src/shared/meeting/notesSchema';
import { warmUpMeetingReading, warmUpSampleText } from '../../../../src/shared/meeting/warmUp';

describe('warming up the meeting reader', () => {
  it('reads its sample as a valid, editable meeting', () => {
    expect(warmUpMeetingReading()).toBe(true);
    const parsed = parseMeetingFile(warmUpSampleText());
    expect(parsed.ok && parsed.readOnly).toBe(false);
  });

  it('holds the kinds of notes a real meeting holds, so their checks are the ones compiled', () => {
    const parsed = parseMeetingFile(warmUpSampleText());
    if (!parsed.ok) throw new Error(parsed.error.message);
    const types = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
    };
    walk(parsed.meeting.notes.root as { type: string; children?: unknown[] });
    for (const type of ['paragraph', 'text', 'agenda-heading', 'speaker-mention', 'autolink', 'list', 'listitem']) expect(types).toContain(type);
    expect([...types].every((type) => type === 'root' || (noteNodeTypes as readonly string[]).includes(type))).toBe(true);
    expect(parsed.meeting.participants).toHaveLength(1);
    expect(parsed.meeting.agenda[0]?.children).toHaveLength(1);
  });
});
