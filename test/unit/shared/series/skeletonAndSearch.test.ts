import { describe, expect, it } from 'vitest';
import { findDate, findTime } from '../../../../src/shared/series/dateText';
import { libraryGroup, meetingSearchText, searchExcerpt, searchWords } from '../../../../src/shared/series/librarySearch';
import { agendaFromSkeleton, skeletonFromText, skeletonOf, skeletonToText } from '../../../../src/shared/series/skeleton';
import { loadFixtureMeeting } from '../report/support/fixture';

describe('agenda skeletons', () => {
  it('read one item a line, an indented line as a sub-item, and give fresh ids', () => {
    const skeleton = skeletonFromText('Update from the Secretariat\n  Budget\n\nAoB\n');
    expect(skeleton).toEqual([{ title: 'Update from the Secretariat', children: [{ title: 'Budget' }] }, { title: 'AoB', children: [] }]);
    expect(skeletonToText(skeleton)).toBe('Update from the Secretariat\n  Budget\nAoB');
    const agenda = agendaFromSkeleton(skeleton);
    expect(new Set([agenda[0]!.id, agenda[0]!.children[0]!.id, agenda[1]!.id]).size).toBe(3);
    expect(skeletonOf(agenda)).toEqual(skeleton);
  });
});

describe('dates and times as typed', () => {
  it.each([
    ['20 July 2023 at 14:00 UTC', '2023-07-20', '14:00', 'UTC'],
    ['Thursday, 7 September 2023, 2 pm CEST', '2023-09-07', '14:00', 'CEST'],
    ['Date: August 10, 2023 – 09.30 Europe/Geneva', '2023-08-10', '09:30', 'Europe/Geneva'],
    ['on 10.08.2023 at 16h00', '2023-08-10', '16:00', undefined],
  ])('%s', (text, date, time, zone) => {
    expect(findDate(text)?.iso).toBe(date);
    const found = findTime(text.slice(findDate(text)!.index + findDate(text)!.length));
    expect(found?.time).toBe(time);
    expect(found?.timeZone).toBe(zone);
  });

  it('finds no date or time where there is none', () => {
    expect(findDate('Online Meeting 60')).toBeUndefined();
    expect(findDate('31/02/2023')).toBeUndefined();
    expect(findTime('80/85 sessions, 2023')).toBeUndefined();
  });
});

describe('searching meetings', () => {
  const meeting = loadFixtureMeeting();
  const text = meetingSearchText(meeting);

  it('matches every word, case and accents folded, with an excerpt around the first', () => {
    expect(searchExcerpt(text, searchWords('KYOTO program'))).toMatch(/shaping the Kyoto program/);
    expect(searchExcerpt(text, searchWords('kleinwachter'))).toMatch(/Kleinwächter/);
    expect(searchExcerpt(text, searchWords('kyoto hologram'))).toBeUndefined();
    expect(searchExcerpt(text, searchWords('   '))).toBe('');
  });

  it('finds speakers by their name in the notes, and groups meetings by group and series', () => {
    expect(searchExcerpt(text, searchWords('Dino Dell\'Accio recalled'))).toBeDefined();
    expect(libraryGroup(meeting.metadata)).toEqual({ key: 'wg-strategy — online meeting', label: 'WG-Strategy — Online Meeting' });
  });
});
