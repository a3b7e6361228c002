import { describe, expect, it } from 'vitest';
import { labelListItems, listLabels, marker } from '../../../../src/shared/report/listMarkers';
import type { ReportListItem } from '../../../../src/shared/report/model';

describe('list markers', () => {
  it('numbers the agenda 1), 2) with lettered sub-items restarting under each item', () => {
    expect(listLabels('agenda', 1, [0, 1, 1, 0, 1, 0])).toEqual(['1)', 'a.', 'b.', '2)', 'a.', '3)']);
  });

  it('numbers participants 1. and notes 1), from the list\'s start', () => {
    expect(listLabels('participants', 1, [0, 0, 0])).toEqual(['1.', '2.', '3.']);
    expect(listLabels('numbered', 4, [0, 0])).toEqual(['4)', '5)']);
    expect(listLabels('numbered', 3, [1, 1])).toEqual(['c)', 'd)']);
  });

  it('writes letters and roman numbers as Word does', () => {
    expect(marker('numbered', 1, 26)).toBe('z)');
    expect(marker('numbered', 1, 27)).toBe('aa)');
    expect(marker('numbered', 2, 14)).toBe('xiv)');
    expect(marker('numbered', 3, 2)).toBe('2)');
    expect(marker('bulleted', 0, 5)).toBe('\u2022');
  });

  it('numbers each list on its own by listId, nested lists included', () => {
    const item = (listId: number, level: number): ReportListItem => ({ level, style: 'numbered', listId, start: 1, label: '', runs: [], rtl: false });
    const labelled = labelListItems([item(1, 0), item(2, 1), item(2, 1), item(1, 0), item(3, 1), item(4, 0)]);
    expect(labelled.map((entry) => entry.label)).toEqual(['1)', 'a)', 'b)', '2)', 'a)', '1)']);
  });
});
