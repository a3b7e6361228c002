import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAgendaText } from '../../../../src/shared/parsers/agendaText';

// The Agenda block of test/fixtures/reference/wg-strategy-meeting-60.txt, as the rapporteur would paste it.
const REFERENCE_AGENDA = `Agenda

- 1) Outcomes and results of the II Open Consultations and MAG meeting
 - a. Update on the IGF LP meetings (Timea Suto, Ross Creelman)
- 2) [Policy Brief on GDC](#)
- 3) [Convening a public discussion on GDC and WSIS+20 review](#)
- 4) Update from the IGF Secretariat
- 5) AoB`;

describe('parseAgendaText on the reference report', () => {
  it('uses the block exactly as the reference report has it', () => {
    const reference = readFileSync(new URL('../../../fixtures/reference/wg-strategy-meeting-60.txt', import.meta.url), 'utf8');
    expect(reference).toContain(REFERENCE_AGENDA);
  });

  it('reads five items, one sub-item with its two presenters, and two links without an address', () => {
    const { items, warnings } = parseAgendaText(REFERENCE_AGENDA);
    expect(items).toEqual([
      {
        title: 'Outcomes and results of the II Open Consultations and MAG meeting',
        presenterNames: [],
        children: [{ title: 'Update on the IGF LP meetings', presenterNames: ['Timea Suto', 'Ross Creelman'] }],
      },
      { title: 'Policy Brief on GDC', link: '', presenterNames: [], children: [] },
      { title: 'Convening a public discussion on GDC and WSIS+20 review', link: '', presenterNames: [], children: [] },
      { title: 'Update from the IGF Secretariat', presenterNames: [], children: [] },
      { title: 'AoB', presenterNames: [], children: [] },
    ]);
    expect(warnings).toEqual([
      'The agenda item “Policy Brief on GDC” is a link without an address; add the address to the item.',
      'The agenda item “Convening a public discussion on GDC and WSIS+20 review” is a link without an address; add the address to the item.',
    ]);
  });

  it('reads the same agenda with Windows line ends', () => {
    expect(parseAgendaText(REFERENCE_AGENDA.replace(/\n/g, '\r\n')).items).toEqual(parseAgendaText(REFERENCE_AGENDA).items);
  });
});

describe('parseAgendaText on real-world shapes', () => {
  it('reads a quoted e-mail with prose around it, Outlook links, wrapped lines and durations', () => {
    const email = [
      'Dear all,',
      '',
      'please find below the draft agenda for our next call:',
      '',
      '> 1. Welcome and adoption of the agenda (5\')',
      '> 2. Update on the Policy Brief – 15 minutes',
      '>    a) Comments received (Chris Buckridge)',
      '>    b) Next steps',
      '> 3. Preparations for the annual meeting in Kyoto and the',
      '> main sessions<https://www.intgovforum.org/en/igf-2023>',
      '> 4. AoB',
      '',
      'Best,',
      'Anja',
    ].join('\n');
    const { items, warnings } = parseAgendaText(email);
    expect(items).toEqual([
      { title: 'Welcome and adoption of the agenda', durationMin: 5, presenterNames: [], children: [] },
      {
        title: 'Update on the Policy Brief',
        durationMin: 15,
        presenterNames: [],
        children: [
          { title: 'Comments received', presenterNames: ['Chris Buckridge'] },
          { title: 'Next steps', presenterNames: [] },
        ],
      },
      { title: 'Preparations for the annual meeting in Kyoto and the main sessions', link: 'https://www.intgovforum.org/en/igf-2023', presenterNames: [], children: [] },
      { title: 'AoB', presenterNames: [], children: [] },
    ]);
    expect(warnings).toEqual([
      'Line 1 comes before the list and was ignored: “Dear all,”',
      'Line 3 comes before the list and was ignored: “please find below the draft agenda for our next call:”',
      'Line 13 is not part of the list and was ignored: “Best,”',
      'Line 14 is not part of the list and was ignored: “Anja”',
    ]);
  });

  it('reads Word numbering pasted with tabs, lettered and roman sub-items and [5\'] durations', () => {
    const word = [
      '1.\tOpening remarks\t(10 min)',
      '\ta.\tWelcome by the Chair',
      '\tb.\tAdoption of the agenda',
      '2.\tGlobal Digital Compact',
      '\ti.\tCo-facilitators\' issues paper (Amrita Choudhury)',
      '\tii.\tWSIS+20 timeline [5\']',
      '3.\tAny other business',
    ].join('\r\n');
    const { items, warnings } = parseAgendaText(word);
    expect(items.map((item) => [item.title, item.durationMin, item.children.map((child) => child.title)])).toEqual([
      ['Opening remarks', 10, ['Welcome by the Chair', 'Adoption of the agenda']],
      ['Global Digital Compact', undefined, ["Co-facilitators' issues paper", 'WSIS+20 timeline']],
      ['Any other business', undefined, []],
    ]);
    expect(items[1]?.children[0]?.presenterNames).toEqual(['Amrita Choudhury']);
    expect(items[1]?.children[1]?.durationMin).toBe(5);
    expect(warnings).toEqual([]);
  });

  it('reads "a)" sub-items pasted from Word without indentation', () => {
    const { items } = parseAgendaText('1.\tIntroduction\na)\tRoll call\nb)\tMinutes of meeting 59\n2.\tAoB');
    expect(items.map((item) => [item.title, item.children.map((child) => child.title)])).toEqual([
      ['Introduction', ['Roll call', 'Minutes of meeting 59']],
      ['AoB', []],
    ]);
  });

  it('reads roman top-level items with labelled presenters, and leaves acronyms in the title', () => {
    const roman = [
      'I. Opening',
      'II. Reports',
      '  a. Report of the MAG (Presenters: Carol Roach and Paul Kasoma)',
      '  b. Report of the Secretariat (GDC)',
      'III. Closing (approx. 10 min)',
    ].join('\n');
    const { items } = parseAgendaText(roman);
    expect(items).toEqual([
      { title: 'Opening', presenterNames: [], children: [] },
      {
        title: 'Reports',
        presenterNames: [],
        children: [
          { title: 'Report of the MAG', presenterNames: ['Carol Roach', 'Paul Kasoma'] },
          { title: 'Report of the Secretariat (GDC)', presenterNames: [] },
        ],
      },
      { title: 'Closing', durationMin: 10, presenterNames: [], children: [] },
    ]);
  });

  it('tells the letter i after h from the roman numeral i', () => {
    const letters = ['1. Items', ...'abcdefghij'.split('').map((letter) => `  ${letter}. Point ${letter}`), '2. AoB'].join('\n');
    const { items } = parseAgendaText(letters);
    expect(items).toHaveLength(2);
    expect(items[0]?.children.map((child) => child.title)).toEqual('abcdefghij'.split('').map((letter) => `Point ${letter}`));
  });

  it('reads a timed agenda from a calendar invitation, with a presenter line under an item', () => {
    const timed = ['Agenda (all times UTC)', '14:00–14:10 Welcome', '14:10–14:40 Leadership Panel update', '  Presenter: Timea Suto', '14:40 - 15:00 AoB'].join('\n');
    const { items, warnings } = parseAgendaText(timed);
    expect(items).toEqual([
      { title: 'Welcome', durationMin: 10, presenterNames: [], children: [] },
      { title: 'Leadership Panel update', durationMin: 30, presenterNames: ['Timea Suto'], children: [] },
      { title: 'AoB', durationMin: 20, presenterNames: [], children: [] },
    ]);
    expect(warnings).toEqual([]);
  });

  it('takes a single line starting with a time for prose, not for a timed agenda', () => {
    const { items, warnings } = parseAgendaText('14:00 UTC, Thursday 20 July\n\n1. Welcome\n2. AoB');
    expect(items.map((item) => item.title)).toEqual(['Welcome', 'AoB']);
    expect(warnings).toEqual(['Line 1 comes before the list and was ignored: “14:00 UTC, Thursday 20 July”']);
  });

  it('reads bullet glyphs from an e-mail as levels, and warns about a third level', () => {
    const bullets = [
      '• Welcome',
      '  ◦ Tour de table',
      '• Policy Brief on GDC (Jorge Cancio, Wout de Natris)',
      '  ◦ Timeline',
      '      ▪ September ministerial',
      '• AoB',
    ].join('\n');
    const { items, warnings } = parseAgendaText(bullets);
    expect(items.map((item) => [item.title, item.presenterNames, item.children.map((child) => child.title)])).toEqual([
      ['Welcome', [], ['Tour de table']],
      ['Policy Brief on GDC', ['Jorge Cancio', 'Wout de Natris'], ['Timeline', 'September ministerial']],
      ['AoB', [], []],
    ]);
    expect(warnings).toEqual(['Line 5 is nested more than two levels deep; the agenda keeps two, so it became a sub-item.']);
  });

  it('reads a markdown list with real links, nested numbering and durations in several notations', () => {
    const markdown = [
      '## Agenda',
      '',
      '1. [Policy Brief on GDC](https://example.org/brief.pdf) – 15 min',
      '   1. Comments from the co-chairs (Chris Buckridge, Amrita Choudhury) (10 minutes)',
      '   2. **Timeline**',
      '2. Funding of the IGF (1h)',
      '3. Any other business, 5 min',
    ].join('\n');
    const { items, warnings } = parseAgendaText(markdown);
    expect(items).toEqual([
      {
        title: 'Policy Brief on GDC',
        link: 'https://example.org/brief.pdf',
        durationMin: 15,
        presenterNames: [],
        children: [
          { title: 'Comments from the co-chairs', durationMin: 10, presenterNames: ['Chris Buckridge', 'Amrita Choudhury'] },
          { title: 'Timeline', presenterNames: [] },
        ],
      },
      { title: 'Funding of the IGF', durationMin: 60, presenterNames: [], children: [] },
      { title: 'Any other business', durationMin: 5, presenterNames: [], children: [] },
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads "Item N:" agendas with right-aligned numbers past nine', () => {
    const lines = Array.from({ length: 11 }, (_, index) => `${String(index + 1).padStart(2, ' ')}. Topic ${index + 1}`);
    const { items } = parseAgendaText(lines.join('\n'));
    expect(items.map((item) => item.title)).toEqual(Array.from({ length: 11 }, (_, index) => `Topic ${index + 1}`));
    expect(items.every((item) => item.children.length === 0)).toBe(true);
    expect(parseAgendaText('Agenda item 1: Welcome\nAgenda item 2 – AoB').items.map((item) => item.title)).toEqual(['Welcome', 'AoB']);
  });

  it('takes every line as an item when nothing is numbered, and says so', () => {
    const { items, warnings } = parseAgendaText('Agenda:\nWelcome\nUpdate from the IGF Secretariat\n\nAoB\n');
    expect(items.map((item) => item.title)).toEqual(['Welcome', 'Update from the IGF Secretariat', 'AoB']);
    expect(warnings).toEqual(['No numbering or bullets were found, so each line became an agenda item.']);
  });

  it('skips a number without a title and warns, and never throws on empty input', () => {
    expect(parseAgendaText('1. Welcome\n2.\n\n3. AoB')).toEqual({
      items: [
        { title: 'Welcome', presenterNames: [], children: [] },
        { title: 'AoB', presenterNames: [], children: [] },
      ],
      warnings: ['Line 2 has a number or bullet but no title and was skipped.'],
    });
    expect(parseAgendaText('')).toEqual({ items: [], warnings: [] });
    expect(parseAgendaText('\n \n\t\n')).toEqual({ items: [], warnings: [] });
  });

  it('keeps names in other scripts as presenters when they have two words', () => {
    const { items } = parseAgendaText('1. Arab IGF update (عبد الرحمن المطيري)\n2. Chinese IGF update (王小明)');
    expect(items[0]?.presenterNames).toEqual(['عبد الرحمن المطيري']);
    expect(items[1]).toMatchObject({ title: 'Chinese IGF update (王小明)', presenterNames: [] });
  });
});
