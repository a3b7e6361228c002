import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMeetingFile } from '../../../../src/shared/meeting/fileFormat';
import { SPEAKER_MENTION_TYPE, type SerializedNote } from '../../../../src/shared/meeting/notesSchema';
import { participantSchema, type Meeting, type MeetingInput } from '../../../../src/shared/meeting/schema';
import { mentionDisplayNames, namedBeforeDiscussion } from '../../../../src/shared/names/mentionNaming';
import { DEFAULT_TEMPLATES } from '../../../../src/shared/report/templates';

function referenceMeeting(): Meeting {
  const parsed = parseMeetingFile(readFileSync(resolve(__dirname, '../../../fixtures/wg-strategy-60.minutes'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.meeting;
}

function mentionIdsInOrder(nodes: readonly SerializedNote[]): string[] {
  return nodes.flatMap((node) => (node.type === SPEAKER_MENTION_TYPE ? [String(node['participantId'])] : mentionIdsInOrder(node.children ?? [])));
}

const people = (...names: string[]) => names.map((fullName, index) => participantSchema.parse({ id: `p${index}`, fullName }));
const context = (participants: ReturnType<typeof people>, metadata: Partial<MeetingInput['metadata']> = {}) => ({
  participants,
  metadata: { namingRule: 'first-full-then-short' as const, moderatorIds: [], ...metadata },
  agenda: [],
});

describe('mentionDisplayNames on the reference meeting', () => {
  const meeting = referenceMeeting();
  const ids = mentionIdsInOrder(meeting.notes.root.children as SerializedNote[]);
  const names = mentionDisplayNames(ids, meeting);
  const firstNameOf = (participantId: string) => names[ids.indexOf(participantId)];

  it('counts the moderator and the presenters as already named before the Discussion', () => {
    expect(namedBeforeDiscussion(meeting)).toEqual(expect.arrayContaining(['chris-buckridge', 'timea-suto', 'ross-creelman']));
    expect(firstNameOf('chris-buckridge')).toBe('Chris');
    expect(firstNameOf('timea-suto')).toBe('Timea');
  });

  it('names everyone else in full at the first mention and by the short name afterwards', () => {
    expect(firstNameOf('jim-prendergast')).toBe('Jim Prendergast');
    expect(firstNameOf('amrita-choudhury')).toBe('Amrita Choudhury');
    expect(firstNameOf('justine-fair')).toBe('Justine Fair');
    expect(names[ids.lastIndexOf('amrita-choudhury')]).toBe('Amrita');
    expect(names[ids.lastIndexOf('carol-roach')]).toBe('Carol');
  });
});

describe('mentionDisplayNames', () => {
  const [chris, jim] = people('Chris Buckridge', 'Jim Prendergast');

  it('follows the meeting setting', () => {
    const participants = [chris!, jim!];
    const order = ['p0', 'p1', 'p0', 'p1'];
    expect(mentionDisplayNames(order, context(participants))).toEqual(['Chris Buckridge', 'Jim Prendergast', 'Chris', 'Jim']);
    expect(mentionDisplayNames(order, context(participants, { namingRule: 'always-full' }))).toEqual(['Chris Buckridge', 'Jim Prendergast', 'Chris Buckridge', 'Jim Prendergast']);
    expect(mentionDisplayNames(order, context(participants, { namingRule: 'always-short' }))).toEqual(['Chris', 'Jim', 'Chris', 'Jim']);
  });

  it('counts moderators only when the opening template prints them', () => {
    const participants = [chris!];
    expect(mentionDisplayNames(['p0'], context(participants, { moderatorIds: ['p0'] }))).toEqual(['Chris']);
    const templates = { ...DEFAULT_TEMPLATES, opening: 'The meeting of the {groupLongName} was held.' };
    expect(mentionDisplayNames(['p0'], context(participants, { moderatorIds: ['p0'], templates }))).toEqual(['Chris Buckridge']);
  });

  it('keeps two people with the same short name in full, and names scripts without spaces whole', () => {
    const participants = people('Maria Ressa', 'Maria Fernanda Garza', '王小明', 'Abdul Rahman Almutairi');
    expect(mentionDisplayNames(['p0', 'p0', 'p1', 'p1', 'p2', 'p2', 'p3', 'p3'], context(participants))).toEqual([
      'Maria Ressa', 'Maria Ressa', 'Maria Fernanda Garza', 'Maria Fernanda Garza', '王小明', '王小明', 'Abdul Rahman Almutairi', 'Abdul Rahman',
    ]);
  });

  it('marks a mention of someone no longer on the list', () => {
    expect(mentionDisplayNames(['gone'], context([]))).toEqual(['[unknown speaker]']);
  });
});
