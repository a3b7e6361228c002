import { describe, expect, it } from 'vitest';
import { emptyNotes } from '../../../../src/shared/meeting/notesSchema';
import { createEmptyMeeting } from '../../../../src/shared/meeting/newMeeting';
import { FORMAT_VERSION, MAX_NESTING_DEPTH, parseMeetingFile, serializeMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { meetingSchema, type Meeting } from '../../../../src/shared/meeting/schema';

function sampleMeeting(): Meeting {
  return meetingSchema.parse({
    metadata: {
      groupTitle: 'MAG Working Group on IGF Strengthening and Strategy', groupLongName: 'IGF MAG Working Group (WG) on IGF Strengthening and Strategy',
      groupShortName: 'WG-Strategy', seriesName: 'Online Meeting', number: 60,
      start: { date: '2023-07-20', time: '14:00', timeZone: 'UTC' }, nextMeeting: { date: '2023-08-10', time: '14:00', timeZone: 'UTC' },
      moderatorIds: ['p1'], recordingNote: 'a recording of the meeting is available upon request',
    },
    participants: [
      { id: 'p1', fullName: 'Chris Buckridge', affiliation: "Group's Co-Chair, IGF MAG member", role: 'co-chair' },
      { id: 'p2', fullName: 'Wolfgang Kleinwa\u0308chter', affiliation: 'University of Aarhus' },
      { id: 'p3', fullName: 'عبد الرحمن', affiliation: '' },
    ],
    agenda: [{ id: 'a1', title: 'Outcomes', children: [{ id: 'a1a', title: 'Update on the IGF LP meetings', presenterIds: ['p1'] }] }],
    notes: {
      root: {
        type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
        children: [
          { type: 'agenda-heading', version: 1, itemId: 'a1' },
          { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [
            { type: 'speaker-mention', version: 1, participantId: 'p1', clockOffsetMs: 1200 },
            { type: 'text', version: 1, text: ' gave an update 😀 ', format: 2, detail: 0, mode: 'normal', style: '' },
            { type: 'link', version: 1, url: 'https://example.org/swot', rel: null, target: null, title: null, direction: 'ltr', format: '', indent: 0, children: [
              { type: 'text', version: 1, text: 'draft', format: 0, detail: 0, mode: 'normal', style: '' },
            ] },
          ] },
          { type: 'list', version: 1, listType: 'number', start: 1, tag: 'ol', direction: 'ltr', format: '', indent: 0, children: [
            { type: 'listitem', version: 1, value: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'text', version: 1, text: 'Funding', format: 0, detail: 0, mode: 'normal', style: '' }] },
          ] },
        ],
      },
    },
    links: [{ id: 'l1', title: '2023 SDG Summit', url: 'https://example.org/sdg' }],
  });
}

const envelope = (meeting: unknown, versions: { formatVersion?: number; minReaderVersion?: number } = {}) =>
  JSON.stringify({ app: 'Rapporteur', formatVersion: FORMAT_VERSION, minReaderVersion: 1, ...versions, meeting });

describe('the .minutes file format', () => {
  it('round-trips a meeting: save → open → equal', () => {
    const meeting = sampleMeeting();
    const result = parseMeetingFile(serializeMeetingFile(meeting));
    expect(result).toEqual({ ok: true, meeting, readOnly: false });
  });

  it('writes UTF-8 JSON in an envelope, with the notes as objects rather than a string', () => {
    const text = serializeMeetingFile(sampleMeeting());
    const data = JSON.parse(text);
    expect(Object.keys(data)).toEqual(['app', 'formatVersion', 'minReaderVersion', 'meeting']);
    expect(typeof data.meeting.notes.root).toBe('object');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('indents everything but the notes, which take one line (half the size of an indented node tree)', () => {
    const meeting = sampleMeeting();
    const text = serializeMeetingFile(meeting);
    const notesLines = text.split('\n').filter((line) => line.includes('"notes"'));
    expect(notesLines).toEqual([`    "notes": ${JSON.stringify(meeting.notes)},`]);
    expect(text).toContain('\n  "meeting": {\n    "metadata": {\n      "groupTitle"');
    expect(Object.keys(JSON.parse(text).meeting)).toEqual(Object.keys(meeting));
  });

  it('opens a meeting holding replacement characters (text pasted from a mangled e-mail), which binary files are full of', () => {
    const meeting = sampleMeeting();
    meeting.metadata.groupTitle = 'Caf\uFFFD\uFFFD\uFFFD notes';
    expect(parseMeetingFile(serializeMeetingFile(meeting))).toEqual({ ok: true, meeting, readOnly: false });
  });

  it('keeps text that looks like its placeholder where it was typed', () => {
    const meeting = sampleMeeting();
    meeting.participants[0]!.fullName = '\u0000notes';
    meeting.metadata.groupTitle = '\n    "notes": "\\u0000notes"';
    expect(parseMeetingFile(serializeMeetingFile(meeting))).toEqual({ ok: true, meeting, readOnly: false });
  });

  it('a new meeting is valid and holds one empty paragraph', () => {
    const meeting = createEmptyMeeting();
    expect(meeting.notes).toEqual(emptyNotes());
    expect(parseMeetingFile(serializeMeetingFile(meeting))).toMatchObject({ ok: true });
  });

  it('accepts a byte-order mark', () => {
    expect(parseMeetingFile(`\uFEFF${serializeMeetingFile(createEmptyMeeting())}`)).toMatchObject({ ok: true });
  });

  it.each([
    ['empty', '', 'empty'],
    ['white space', '  \n ', 'empty'],
    ['truncated', serializeMeetingFile(sampleMeeting()).slice(0, 300), 'not-json'],
    ['binary', '\u0000\u0001\u0002PK\u0003\u0004', 'binary'],
    ['undecodable bytes', 'PK\uFFFD\uFFFD\uFFFD\uFFFDword/document.xml', 'binary'],
    ['not JSON', 'Chris gave an update', 'not-json'],
    ['JSON that is no meeting', '{"hello": "world"}', 'not-a-meeting'],
    ['a JSON array', '[1,2,3]', 'not-a-meeting'],
    ['versions missing', '{"app":"Rapporteur","meeting":{}}', 'wrong-shape'],
    ['wrong shape', envelope({ metadata: {}, participants: 'everyone' }), 'wrong-shape'],
  ])('refuses %s with a clear error', (_label, text, code) => {
    const result = parseMeetingFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(20);
    }
  });

  it('says "truncated" for a file cut short', () => {
    const result = parseMeetingFile(serializeMeetingFile(sampleMeeting()).slice(0, 500));
    expect(!result.ok && result.error.message).toMatch(/truncated/);
  });

  it('names the field that is wrong', () => {
    const meeting = { ...sampleMeeting(), participants: [{ id: 'p1', fullName: '' }] };
    const result = parseMeetingFile(envelope(meeting));
    expect(!result.ok && result.error.message).toMatch(/participants\.0\.fullName/);
  });

  it('refuses a note node type it does not know, by name', () => {
    const meeting = sampleMeeting();
    meeting.notes.root.children.push({ type: 'iframe', version: 1 } as never);
    const result = parseMeetingFile(envelope(meeting));
    expect(!result.ok && result.error.message).toMatch(/notes\.root\.children\.3/);
  });

  it('opens a newer format read-only with a notice when its minimum reader is met', () => {
    const future = { ...sampleMeeting(), holograms: [{ anything: true }] };
    const result = parseMeetingFile(envelope(future, { formatVersion: FORMAT_VERSION + 5, minReaderVersion: 1 }));
    expect(result).toMatchObject({ ok: true, readOnly: true });
    if (result.ok) {
      expect(result.notice).toMatch(/newer Rapporteur/);
      expect(result.meeting).toEqual(sampleMeeting());
    }
  });

  it('refuses a file whose minimum reader is newer than this app, naming both versions', () => {
    const result = parseMeetingFile(envelope(sampleMeeting(), { formatVersion: 9, minReaderVersion: 4 }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('too-new');
      expect(result.error.message).toContain('format 4');
      expect(result.error.message).toContain(`format ${FORMAT_VERSION}`);
    }
  });

  describe('hostile files', () => {
    it('drops __proto__ keys instead of letting them reach an object', () => {
      const text = envelope(sampleMeeting()).replace('"metadata":{', '"metadata":{"__proto__":{"polluted":true},');
      const result = parseMeetingFile(text);
      expect(result.ok).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      if (result.ok) expect(Object.getPrototypeOf(result.meeting.metadata)).toBe(Object.prototype);
    });

    it('drops __proto__ keys deep in the notes too, and refuses them in the app\'s own strict nodes', () => {
      const text = envelope(sampleMeeting()).replace('"format":2,', '"format":2,"__proto__":{"polluted":true},');
      const result = parseMeetingFile(text);
      expect(result.ok).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      const spoken = result.ok ? (result.meeting.notes.root.children[1]!.children![1] as object) : {};
      expect(Object.getPrototypeOf(spoken)).toBe(Object.prototype);
      expect(Object.prototype.hasOwnProperty.call(spoken, '__proto__')).toBe(false);
      const mention = envelope(sampleMeeting()).replace('"participantId":"p1"', '"participantId":"p1","script":"alert(1)"');
      expect(parseMeetingFile(mention)).toMatchObject({ ok: false, error: { code: 'wrong-shape', message: expect.stringMatching(/notes\.root\.children\.1\.children\.0/) } });
    });

    it('refuses unknown keys such as constructor where the shape is strict', () => {
      const text = envelope(sampleMeeting()).replace('"metadata":{', '"metadata":{"constructor":{"prototype":{}},');
      expect(parseMeetingFile(text)).toMatchObject({ ok: false, error: { code: 'wrong-shape' } });
    });

    it('refuses nesting deeper than any meeting has, without overflowing the stack', () => {
      const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
      expect(parseMeetingFile(deep)).toMatchObject({ ok: false, error: { code: 'too-deep' } });
      let list: Record<string, unknown> = { type: 'text', version: 1, text: 'x' };
      for (let depth = 0; depth < MAX_NESTING_DEPTH; depth += 1) list = { type: 'list', version: 1, listType: 'bullet', children: [{ type: 'listitem', version: 1, children: [list] }] };
      const meeting = { ...sampleMeeting(), notes: { root: { type: 'root', version: 1, children: [list] } } };
      expect(parseMeetingFile(envelope(meeting))).toMatchObject({ ok: false, error: { code: 'too-deep' } });
    });

    it('keeps script-like text as inert text', () => {
      const meeting = sampleMeeting();
      meeting.participants[0]!.fullName = '<script>alert(1)</script>';
      meeting.metadata.groupTitle = '<img src=x onerror=alert(1)>';
      const result = parseMeetingFile(serializeMeetingFile(meeting));
      expect(result.ok && result.meeting.participants[0]!.fullName).toBe('<script>alert(1)</script>');
    });

    it('refuses a 10 MB name, which no participant has', () => {
      const meeting = sampleMeeting();
      meeting.participants[0]!.fullName = 'x'.repeat(10_000_000);
      expect(parseMeetingFile(serializeMeetingFile(meeting))).toMatchObject({ ok: false, error: { code: 'wrong-shape' } });
    });

    it('refuses a file larger than any meeting', () => {
      expect(parseMeetingFile('{}', 65 * 1024 * 1024)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    });
  });
});
