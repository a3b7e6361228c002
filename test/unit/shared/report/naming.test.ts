import { describe, expect, it } from 'vitest';
import { participantSchema } from '../../../../src/shared/meeting/schema';
import { buildReport } from '../../../../src/shared/report/buildReport';
import { createSpeakerNamer, type NamingRule } from '../../../../src/shared/report/naming';
import { loadFixtureMeeting } from './support/fixture';
import { agendaHeading, makeMeeting, mention, paragraph } from './support/meetings';
import { reportParagraphs } from './support/reportText';

const people = [
  { id: 'jim', fullName: 'Jim Prendergast' },
  { id: 'maria', fullName: 'Ms. Maria Ressa' },
  { id: 'pat', fullName: 'Patricia Smith', shortName: 'Pat' },
].map((person) => participantSchema.parse(person));

const firstWords = (texts: string[], count: number) => texts.map((text) => text.split(' ').slice(0, count).join(' '));

describe('createSpeakerNamer', () => {
  it('first-full-then-short: the full name at the first mention, the short name after', () => {
    const namer = createSpeakerNamer(people, 'first-full-then-short');
    expect(['jim', 'jim', 'maria', 'maria', 'pat', 'pat'].map((id) => namer.mention(id)))
      .toEqual(['Jim Prendergast', 'Jim', 'Ms. Maria Ressa', 'Maria', 'Patricia Smith', 'Pat']);
  });

  it('always-full and always-short', () => {
    const full = createSpeakerNamer(people, 'always-full');
    const short = createSpeakerNamer(people, 'always-short');
    expect([full.mention('jim'), full.mention('jim')]).toEqual(['Jim Prendergast', 'Jim Prendergast']);
    expect([short.mention('jim'), short.mention('jim')]).toEqual(['Jim', 'Jim']);
  });

  it('counts names printed elsewhere as mentions', () => {
    const namer = createSpeakerNamer(people, 'first-full-then-short');
    namer.markNamed(['jim']);
    expect(namer.mention('jim')).toBe('Jim');
    expect(namer.fullName('jim')).toBe('Jim Prendergast');
  });

  it('keeps two attending people with the same short name in full, but ignores an absent namesake', () => {
    const namesakes = [...people, participantSchema.parse({ id: 'jim2', fullName: 'Jim Smith' })];
    const namer = createSpeakerNamer(namesakes, 'first-full-then-short');
    expect([namer.mention('jim'), namer.mention('jim'), namer.mention('pat')]).toEqual(['Jim Prendergast', 'Jim Prendergast', 'Patricia Smith']);
    const absent = [...people, participantSchema.parse({ id: 'jim2', fullName: 'Jim Smith', attendance: 'absent' })];
    const relaxed = createSpeakerNamer(absent, 'always-short');
    expect(relaxed.mention('jim')).toBe('Jim');
  });

  it('names a mention of a removed participant visibly instead of dropping it', () => {
    const namer = createSpeakerNamer(people, 'first-full-then-short');
    expect(namer.mention('gone')).toBe('[unknown speaker]');
    expect(namer.fullName('gone')).toBeUndefined();
  });
});

describe('the naming rule in the reference report', () => {
  const discussionOpenings = (rule: NamingRule) => {
    const meeting = loadFixtureMeeting();
    meeting.metadata.namingRule = rule;
    const texts = reportParagraphs(buildReport(meeting));
    return { texts, discussion: texts.slice(texts.indexOf('Discussion'), texts.indexOf('List of participants')) };
  };

  it('first-full-then-short: moderator and presenters already named, others in full first', () => {
    const { discussion } = discussionOpenings('first-full-then-short');
    expect(firstWords(discussion.filter((text) => /^(Chris|Timea|Amrita|Carol|Jim)\b/.test(text)), 2)).toEqual([
      'Chris gave', 'Chris added', 'Jim Prendergast', 'Amrita Choudhury', 'Timea gave', 'Amrita shared', 'Carol Roach',
      'Chris summarized', 'Timea suggested', 'Chris added',
    ]);
  });

  it('always-full: every mention in full; moderators and presenters still in full', () => {
    const { texts, discussion } = discussionOpenings('always-full');
    expect(discussion).toContainEqual(expect.stringMatching(/^Chris Buckridge gave an update/));
    expect(discussion).toContainEqual(expect.stringMatching(/^Timea Suto suggested/));
    expect(discussion).toContainEqual(expect.stringMatching(/shared by Timea Suto\./));
    expect(texts).toContain('Update on the IGF LP meetings (Timea Suto, Ross Creelman)');
  });

  it('always-short: every mention short, even the first; moderators and presenters still in full', () => {
    const { texts, discussion } = discussionOpenings('always-short');
    expect(discussion).toContainEqual(expect.stringMatching(/^Jim observed/));
    expect(discussion).toContainEqual(expect.stringMatching(/^Amrita added/));
    expect(discussion).toContainEqual(expect.stringMatching(/In relation to the funding, Dino recalled/));
    expect(texts.find((text) => text.startsWith('The 60th'))).toContain('moderated by Chris Buckridge');
    expect(texts).toContain('a. Update on the IGF LP meetings (Timea Suto, Ross Creelman)');
  });
});

describe('names printed before the Discussion', () => {
  const notes = [agendaHeading('one'), paragraph(mention('chris'), ' opened.'), paragraph(mention('timea'), ' reported.')];

  it('count as mentions only when actually printed: a template without {moderators} leaves Chris unnamed', () => {
    const named = reportParagraphs(buildReport(makeMeeting({ notes })));
    expect(named).toContain('Chris opened.');
    const templates = { opening: 'The {ordinal} meeting of the {groupShortName}.', leadIn: '', nextMeeting: '' };
    const unnamed = reportParagraphs(buildReport(makeMeeting({ notes, metadata: { templates } })));
    expect(unnamed).toContain('The 61st meeting of the WG-Strategy.');
    expect(unnamed).toContain('Chris Buckridge opened.');
  });

  it('a presenter named in the agenda is short in the notes, even in an earlier section', () => {
    expect(reportParagraphs(buildReport(makeMeeting({ notes })))).toContain('Timea reported.');
    expect(reportParagraphs(buildReport(makeMeeting({ notes, agenda: [{ id: 'one', title: 'Outcomes' }] })))).toContain('Timea Suto reported.');
  });

  it('first mention means first in the report, not first typed: sections follow the agenda order', () => {
    const typedLate = [agendaHeading('two'), paragraph(mention('jim'), ' closed.'), agendaHeading('one'), paragraph(mention('jim'), ' opened.')];
    const texts = reportParagraphs(buildReport(makeMeeting({ notes: typedLate })));
    expect(texts.indexOf('Jim Prendergast opened.')).toBeLessThan(texts.indexOf('Jim closed.'));
  });
});
