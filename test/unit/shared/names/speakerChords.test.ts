import { describe, expect, it } from 'vitest';
import type { Attendance } from '../../../../src/shared/meeting/schema';
import { assignSpeakerChords, chordDigitsById } from '../../../../src/shared/names/speakerChords';

const person = (id: string, pin?: number, attendance: Attendance = 'present') => ({ id, attendance, ...(pin === undefined ? {} : { pin }) });

describe('assignSpeakerChords', () => {
  it('gives the first nine people in the call the digits in list order', () => {
    const people = Array.from({ length: 12 }, (_, index) => person(`p${index + 1}`));
    expect([...assignSpeakerChords(people)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((digit) => [digit, `p${digit}`]));
  });

  it('keeps a pinned digit for its person and hands the free digits to the others, skipping none', () => {
    const chords = assignSpeakerChords([person('a'), person('b'), person('jim', 1), person('c')]);
    expect(chords.get(1)).toBe('jim');
    expect(chords.get(2)).toBe('a');
    expect(chords.get(3)).toBe('b');
    expect(chords.get(4)).toBe('c');
  });

  it('skips people who sent apologies or are absent unless they are pinned', () => {
    const chords = chordDigitsById([person('away', undefined, 'apologies'), person('gone', undefined, 'absent'), person('here'), person('pinned', 5, 'absent')]);
    expect(chords.get('here')).toBe(1);
    expect(chords.get('pinned')).toBe(5);
    expect(chords.has('away')).toBe(false);
    expect(chords.has('gone')).toBe(false);
  });

  it('gives a digit pinned twice to the first of the two', () => {
    const chords = assignSpeakerChords([person('first', 3), person('second', 3)]);
    expect(chords.get(3)).toBe('first');
    expect(chords.get(1)).toBe('second');
  });

  it('leaves digits unassigned when there are fewer people than digits', () => {
    expect(assignSpeakerChords([person('only')]).size).toBe(1);
    expect(assignSpeakerChords([]).size).toBe(0);
  });
});
