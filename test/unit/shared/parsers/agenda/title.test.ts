import { describe, expect, it } from 'vitest';
import { dissectTitle } from '../../../../../src/shared/parsers/agenda/title';

describe('dissectTitle', () => {
  it('keeps a plain title as it is', () => {
    expect(dissectTitle('Update from the IGF Secretariat')).toEqual({ title: 'Update from the IGF Secretariat', presenterNames: [] });
  });

  it('reads presenters in trailing parentheses', () => {
    expect(dissectTitle('Update on the IGF LP meetings (Timea Suto, Ross Creelman)')).toEqual({
      title: 'Update on the IGF LP meetings',
      presenterNames: ['Timea Suto', 'Ross Creelman'],
    });
  });

  it('leaves parentheses that hold no names in the title', () => {
    expect(dissectTitle('Report of the Secretariat (GDC)').title).toBe('Report of the Secretariat (GDC)');
    expect(dissectTitle('Kyoto programme (Leadership Panel)').title).toBe('Kyoto programme (Leadership Panel)');
    expect(dissectTitle('Speakers (tbc)').title).toBe('Speakers (tbc)');
  });

  it('reads presenters and duration in either order, or together', () => {
    const expected = { title: 'Comments', presenterNames: ['Chris Buckridge'], durationMin: 10 };
    expect(dissectTitle('Comments (Chris Buckridge) (10 min)')).toEqual(expected);
    expect(dissectTitle('Comments (10 min) (Chris Buckridge)')).toEqual(expected);
    expect(dissectTitle('Comments (Chris Buckridge, 10 min)')).toEqual(expected);
    expect(dissectTitle('Comments [10\'] – presented by Chris Buckridge')).toEqual(expected);
  });

  it.each([
    ['AoB (10 min)', 10],
    ['AoB – 15 minutes', 15],
    ['AoB - 15 min', 15],
    ["AoB [5']", 5],
    ["AoB (5')", 5],
    ['AoB, 5 min', 5],
    ['AoB: 20 min', 20],
    ['AoB 5 min', 5],
  ])('reads the duration of %j', (text, minutes) => {
    expect(dissectTitle(text)).toEqual({ title: 'AoB', presenterNames: [], durationMin: minutes });
  });

  it('treats "#" as a link whose address was lost', () => {
    expect(dissectTitle('[Policy Brief on GDC](#)')).toEqual({ title: 'Policy Brief on GDC', link: '', presenterNames: [] });
  });

  it('reads markdown, Outlook and bare links', () => {
    expect(dissectTitle('[Brief](https://example.org/a.pdf "the brief") (Jorge Cancio)')).toEqual({
      title: 'Brief',
      link: 'https://example.org/a.pdf',
      presenterNames: ['Jorge Cancio'],
    });
    expect(dissectTitle('Summit of the Future<https://www.un.org/en/summit-of-the-future>')).toMatchObject({
      title: 'Summit of the Future',
      link: 'https://www.un.org/en/summit-of-the-future',
    });
    expect(dissectTitle('Draft SWOT, see https://example.org/swot.')).toMatchObject({ title: 'Draft SWOT, see', link: 'https://example.org/swot' });
    expect(dissectTitle('https://example.org/swot')).toEqual({ title: 'https://example.org/swot', link: 'https://example.org/swot', presenterNames: [] });
  });

  it('prefers a real address over a lost one when a line has both', () => {
    expect(dissectTitle('[Brief](#) and [annex](https://example.org/annex)').link).toBe('https://example.org/annex');
  });

  it('removes bold and whole-title emphasis and tidies dangling separators', () => {
    expect(dissectTitle('**Timeline** –').title).toBe('Timeline');
    expect(dissectTitle('*Internet We Want*').title).toBe('Internet We Want');
    expect(dissectTitle('The *Internet We Want* paper').title).toBe('The *Internet We Want* paper');
  });

  it('never peels the whole title away', () => {
    expect(dissectTitle('(10 min)')).toEqual({ title: '(10 min)', presenterNames: [] });
  });
});
