import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, fillTemplate } from '../../../../src/shared/report/templates';

describe('fillTemplate', () => {
  it('fills placeholders and reports which values it printed', () => {
    const filled = fillTemplate('Held by {moderators} on {date}.', { moderators: 'Chris Buckridge', date: '20 July 2023' });
    expect(filled.text).toBe('Held by Chris Buckridge on 20 July 2023.');
    expect([...filled.used].sort()).toEqual(['date', 'moderators']);
  });

  it('drops an optional group whose value is empty, and picks the first complete alternative', () => {
    const template = 'Held.[[ Moderated by {moderators} and {recordingNote}.|| Moderated by {moderators}.|| {recordingNote|capitalize}.]]';
    expect(fillTemplate(template, { moderators: 'Chris', recordingNote: 'a recording exists' }).text)
      .toBe('Held. Moderated by Chris and a recording exists.');
    expect(fillTemplate(template, { moderators: 'Chris', recordingNote: '' }).text).toBe('Held. Moderated by Chris.');
    expect(fillTemplate(template, { moderators: '', recordingNote: 'a recording exists' }).text).toBe('Held. A recording exists.');
    const neither = fillTemplate(template, { moderators: '', recordingNote: '' });
    expect(neither.text).toBe('Held.');
    expect(neither.used.size).toBe(0);
  });

  it('keeps a placeholder it does not know as typed, so the preview shows the typo', () => {
    expect(fillTemplate('The {ordnial} meeting', { ordinal: '60th' }).text).toBe('The {ordnial} meeting');
  });

  it('never reads braces inside a value as a placeholder', () => {
    expect(fillTemplate('{groupLongName} by {moderators}', { groupLongName: 'The {moderators} group', moderators: 'Chris' }).text)
      .toBe('The {moderators} group by Chris');
  });

  it('ignores names inherited from Object.prototype', () => {
    expect(fillTemplate('{constructor} {toString}', {}).text).toBe('{constructor} {toString}');
  });

  it('capitalises the first character, even outside the Basic Latin block', () => {
    expect(fillTemplate('{note|capitalize}', { note: 'élu' }).text).toBe('Élu');
  });

  it('has the reference wording as default templates', () => {
    expect(DEFAULT_TEMPLATES.leadIn).toBe('The co-chair opened the meeting by introducing the agenda:');
    expect(fillTemplate(DEFAULT_TEMPLATES.nextMeeting, { time: '14:00', timeZone: 'UTC', date: '10 August 2023' }).text)
      .toBe('The next call of the working group will be at 14:00 UTC on 10 August 2023.');
  });
});
