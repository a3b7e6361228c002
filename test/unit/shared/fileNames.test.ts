import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName, suggestedMeetingName } from '../../../src/shared/fileNames';

describe('safeFileName', () => {
  it.each([
    ['WG-Strategy Online Meeting 60', 'WG-Strategy Online Meeting 60.minutes'],
    ['../../etc/passwd', 'etc passwd.minutes'],
    ['..\\..\\Windows\\System32', 'Windows System32.minutes'],
    ['CON', '_CON.minutes'],
    ['com1.report', '_com1.report.minutes'],
    ['Report: "draft" <v2>?', 'Report draft v2.minutes'],
    ['   ...   ', 'Untitled meeting.minutes'],
    ['Réunion n°3 — 会议', 'Réunion n°3 — 会议.minutes'],
  ])('%s → %s', (title, expected) => {
    expect(safeFileName(title, '.minutes')).toBe(expected);
  });

  it('never yields a path separator, traversal, control character or an over-long name', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (title) => {
      const name = safeFileName(title, 'docx');
      expect(name).not.toMatch(/[/\\\u0000-\u001f<>:"|?*]/);
      expect(name.startsWith('.')).toBe(false);
      expect(name.includes('..')).toBe(false);
      expect(Array.from(name).length).toBeLessThanOrEqual(126);
      expect(name.endsWith('.docx')).toBe(true);
    }));
  });
});

describe('suggestedMeetingName', () => {
  it('joins the group short name, series and number that are set', () => {
    expect(suggestedMeetingName({ groupShortName: 'WG-Strategy', seriesName: 'Online Meeting', number: 60 })).toBe('WG-Strategy Online Meeting 60');
    expect(suggestedMeetingName({ groupShortName: '', seriesName: 'Online Meeting', number: undefined })).toBe('Online Meeting');
  });
});
