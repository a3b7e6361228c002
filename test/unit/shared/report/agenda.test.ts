import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/shared/report/buildReport';
import type { ReportList } from '../../../../src/shared/report/model';
import { makeMeeting, type MeetingOverrides } from './support/meetings';

const agendaOf = (agenda: MeetingOverrides['agenda']) =>
  buildReport(makeMeeting({ agenda })).blocks.find((block): block is ReportList => block.kind === 'list' && block.items[0]?.style === 'agenda')!;

describe('the Agenda list', () => {
  it('numbers items 1), letters sub-items a., names presenters in full and links items with an address', () => {
    const list = agendaOf([
      { id: 'one', title: 'Outcomes', presenterIds: ['chris', 'jim'], children: [{ id: 'one-a', title: 'LP', presenterIds: ['timea'] }] },
      { id: 'two', title: 'Policy Brief', link: 'https://example.org/brief' },
    ]);
    expect(list.items.map((item) => [item.label, item.level, item.runs])).toEqual([
      ['1)', 0, [{ text: 'Outcomes (Chris Buckridge, Jim Prendergast)' }]],
      ['a.', 1, [{ text: 'LP (Timea Suto)' }]],
      ['2)', 0, [{ text: 'Policy Brief', link: 'https://example.org/brief' }]],
    ]);
  });

  it('keeps the presenters outside the link, leaves unsafe addresses unlinked and skips unknown presenters', () => {
    const list = agendaOf([
      { id: 'one', title: 'Brief', link: 'https://example.org/b', presenterIds: ['valeria', 'removed'] },
      { id: 'two', title: 'Trap', link: 'javascript:alert(1)' },
    ]);
    expect(list.items[0]!.runs).toEqual([{ text: 'Brief', link: 'https://example.org/b' }, { text: ' (Valeria Betancourt)' }]);
    expect(list.items[1]!.runs).toEqual([{ text: 'Trap' }]);
  });
});
