import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/shared/report/buildReport';
import { makeMeeting, type MeetingOverrides } from './support/meetings';
import { reportParagraphs } from './support/reportText';

const opening = (metadata: MeetingOverrides['metadata']) =>
  buildReport(makeMeeting({ metadata })).blocks.find((block) => block.kind === 'paragraph' && block.role === 'opening');

const openingText = (metadata: MeetingOverrides['metadata']) => {
  const block = opening(metadata);
  return block?.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : undefined;
};

describe('the title block', () => {
  it('has the group, the series and number, the date with time and zone, and the document kind', () => {
    expect(reportParagraphs(buildReport(makeMeeting())).slice(0, 4)).toEqual([
      'MAG Working Group on IGF Strengthening and Strategy', 'Online Meeting 61', '10 August 2023 at 14:00 UTC', 'Summary Report',
    ]);
  });

  it('starts with a DRAFT marker while the report is a draft', () => {
    const report = buildReport(makeMeeting({ metadata: { status: 'draft' } }));
    expect(report.blocks[0]).toEqual({ kind: 'title', role: 'draft', text: 'DRAFT', rtl: false });
    expect(report.draft).toBe(true);
    expect(buildReport(makeMeeting()).blocks.some((block) => block.kind === 'title' && block.role === 'draft')).toBe(false);
  });

  it('leaves out lines it has nothing for', () => {
    const texts = reportParagraphs(buildReport(makeMeeting({ metadata: { number: undefined, start: undefined } })));
    expect(texts.slice(0, 3)).toEqual(['MAG Working Group on IGF Strengthening and Strategy', 'Online Meeting', 'Summary Report']);
  });
});

describe('the opening paragraph', () => {
  it('uses the reference wording by default', () => {
    expect(openingText({})).toBe('The 61st virtual meeting of the IGF MAG Working Group (WG) on IGF Strengthening and Strategy (WG-Strategy) '
      + 'was held on 10 August at 14:00 UTC. The meeting was moderated by Chris Buckridge and a recording of the meeting is available upon request.');
  });

  it('keeps its sentences whole when moderators, the recording note or the date are missing', () => {
    expect(openingText({ moderatorIds: [], format: 'hybrid' })).toMatch(/^The 61st hybrid meeting .* 14:00 UTC\. A recording of the meeting is available upon request\.$/);
    expect(openingText({ recordingNote: '' })).toMatch(/14:00 UTC\. The meeting was moderated by Chris Buckridge\.$/);
    expect(openingText({ start: undefined, number: undefined, moderatorIds: [], recordingNote: '' }))
      .toBe('The virtual meeting of the IGF MAG Working Group (WG) on IGF Strengthening and Strategy (WG-Strategy) was held.');
  });

  it('joins several moderators as the language does', () => {
    expect(openingText({ moderatorIds: ['chris', 'timea', 'jim'] })).toContain('moderated by Chris Buckridge, Timea Suto and Jim Prendergast and a recording');
  });

  it('follows a group\'s own template in another language, with its ordinals and dates', () => {
    const templates = {
      opening: 'La {ordinal} réunion du {groupShortName} s\'est tenue le {dayMonth} à {time} {timeZone}[[, animée par {moderators}]].',
      leadIn: 'Le coprésident a présenté l\'ordre du jour :',
      nextMeeting: 'Prochaine réunion le {date} à {time} {timeZone}.',
    };
    const texts = reportParagraphs(buildReport(makeMeeting({ metadata: { locale: 'fr', number: 60, templates } })));
    expect(texts).toContain('La 60e réunion du WG-Strategy s\'est tenue le 10 août à 14:00 UTC, animée par Chris Buckridge.');
    expect(texts).toContain('Le coprésident a présenté l\'ordre du jour :');
    expect(texts).toContain('Prochaine réunion le 24 août 2023 à 14:00 UTC.');
    expect(texts[2]).toBe('10 août 2023 à 14:00 UTC');
  });

  it('prints no sentence for an emptied template', () => {
    const texts = reportParagraphs(buildReport(makeMeeting({ metadata: { templates: { opening: '', leadIn: '', nextMeeting: ' ' } } })));
    expect(texts.slice(3, 5)).toEqual(['Summary Report', 'Agenda']);
    expect(texts.some((text) => text.startsWith('The next call'))).toBe(false);
  });
});
