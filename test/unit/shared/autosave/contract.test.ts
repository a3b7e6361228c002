import { describe, expect, it } from 'vitest';
import { parseMeetingJson } from '../../../../src/shared/autosave/contract';
import { MAX_NESTING_DEPTH } from '../../../../src/shared/meeting/fileFormat';
import { createEmptyMeeting } from '../../../../src/shared/meeting/newMeeting';

const meetingJson = () => JSON.stringify(createEmptyMeeting());

describe('parseMeetingJson (the meeting an autosave request carries)', () => {
  it('reads a meeting back equal to what was sent', () => {
    expect(parseMeetingJson(meetingJson())).toEqual({ ok: true, meeting: createEmptyMeeting() });
  });

  it('refuses text that is not JSON, saying so', () => {
    const parsed = parseMeetingJson(meetingJson().slice(0, -3));
    expect(parsed).toMatchObject({ ok: false, problem: expect.stringMatching(/^it is not valid JSON/) });
  });

  it('refuses JSON that is not a meeting, naming the first wrong field', () => {
    const parsed = parseMeetingJson(JSON.stringify({ ...createEmptyMeeting(), participants: 'everyone' }));
    expect(parsed).toMatchObject({ ok: false, problem: expect.stringMatching(/^it is not a valid meeting \(participants/) });
  });

  it('refuses data nested deeper than any meeting, without walking it all', () => {
    const deep = `${'['.repeat(MAX_NESTING_DEPTH + 1)}${']'.repeat(MAX_NESTING_DEPTH + 1)}`;
    const text = meetingJson().replace('"participants":[]', `"participants":[],"extra":${deep}`);
    expect(parseMeetingJson(text)).toEqual({ ok: false, problem: 'it nests data too deeply' });
  });

  it('drops "__proto__" keys wherever they are, so they never reach an object spread', () => {
    const text = meetingJson().replace('{"', '{"__proto__":{"polluted":true},"');
    const parsed = parseMeetingJson(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.prototype.hasOwnProperty.call(parsed.meeting, '__proto__')).toBe(false);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect((parsed.meeting as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
