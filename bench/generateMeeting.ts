import { agendaLabel } from '../src/shared/meeting/agendaNumbering';
import { parseMeetingFile, serializeMeetingFile } from '../src/shared/meeting/fileFormat';
import { AGENDA_HEADING_TYPE, SPEAKER_MENTION_TYPE, type SerializedNote } from '../src/shared/meeting/notesSchema';
import { meetingSchema, type Meeting } from '../src/shared/meeting/schema';

/**
 * A deterministic meeting of a given size for the benchmark: the same seed
 * always gives the same bytes, so figures from different days compare.
 */

/** mulberry32: tiny, fast, good enough for picking words; not for anything secret. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

const FIRST = ['Amina', 'Jorge', 'Chris', 'Mei', 'Olga', 'Tunde', 'Priya', 'Lars', 'Fatima', 'Kenji', 'Sofia', 'Ahmed', 'Ingrid', 'Rafael', 'Nadia', 'Tomás', 'Grace', 'Yusuf', 'Elena', 'Kwame'];
const LAST = ['Okafor', 'Lindqvist', 'Prendergast', 'Haddad', 'Nakamura', 'Fernández', 'Kowalski', 'Mensah', 'Rao', 'Dubois', 'Ivanova', 'Chen', 'Mwangi', 'Schmidt', 'Silva', 'Al-Sayed', 'Byrne', 'Tanaka', 'Novak', 'Adeyemi'];
const AFFILIATIONS = ['Civil society', 'Private sector', 'Technical community', 'Government', 'Intergovernmental organization', 'Academia'];
const AGENDA_TITLES = [
  'Adoption of the agenda', 'Update on the open consultations', 'Outcomes of the annual meeting', 'Intersessional work and best practice forums',
  'Terms of reference for the strategy group', 'Funding and the donor strategy', 'National and regional initiatives', 'Youth engagement',
  'Communications and outreach', 'Preparations for the next annual meeting', 'Any other business', 'Date of the next meeting',
];
const SUB_TITLES = ['Report from the secretariat', 'Comments from members', 'Proposed next steps'];

const OPENERS = ['noted that', 'said that', 'observed that', 'suggested that', 'asked whether', 'recalled that', 'stressed that', 'reported that', 'agreed that', 'wondered whether'];
const SUBJECTS = ['the working group', 'the secretariat', 'the MAG', 'the host country', 'the drafting team', 'each stakeholder group', 'the co-facilitators', 'the community', 'the review process', 'the strategy paper'];
const VERBS = ['should review', 'would circulate', 'could consolidate', 'needed to clarify', 'had already discussed', 'might postpone', 'would prepare', 'should prioritise', 'was expected to publish', 'could not yet confirm'];
const OBJECTS = ['the draft terms of reference', 'the list of open questions', 'the timeline for the consultations', 'the budget for the coming year', 'a summary of the written contributions', 'the proposal on intersessional work', 'the comments received from members', 'the outreach plan for regional initiatives', 'the language of the final paragraph', 'the options for hybrid participation'];
const TAILS = ['before the next meeting', 'by the end of the month', 'in consultation with the chair', 'as soon as possible', 'once the survey results are in', 'so that members can comment', 'taking into account the earlier discussion', 'with a clear set of priorities'];

/** One sentence of minutes prose, capitalised and ending in a full stop. */
export function sentence(rng: Rng): string {
  const text = `${pick(rng, SUBJECTS)} ${pick(rng, VERBS)} ${pick(rng, OBJECTS)}${rng() < 0.6 ? ` ${pick(rng, TAILS)}` : ''}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${rng() < 0.15 ? ', and members agreed' : ''}.`;
}

/** Prose of at least `chars` characters, cut to exactly that length: what the benchmark types. */
export function typingText(seed: number, chars: number): string {
  const rng = mulberry32(seed);
  let text = '';
  while (text.length < chars) text += `${sentence(rng)} `;
  return text.slice(0, chars);
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const textNode = (text: string): SerializedNote => ({ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (children: SerializedNote[]): SerializedNote => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children });

function buildAgenda(): Meeting['agenda'] {
  // Items 2, 5 and 9 carry sub-items, as real agendas do for their longer discussions.
  const withChildren: Record<number, number> = { 1: 2, 4: 3, 8: 2 };
  return AGENDA_TITLES.map((title, index) => {
    const id = `item-${String(index + 1).padStart(2, '0')}`;
    const children = Array.from({ length: withChildren[index] ?? 0 }, (_, child) => ({ id: `${id}-${child + 1}`, title: SUB_TITLES[child]!, presenterIds: [] }));
    return { id, title, presenterIds: [], children };
  });
}

function buildParticipants(rng: Rng): Meeting['participants'] {
  return Array.from({ length: 40 }, (_, index) => ({
    id: `p-${String(index + 1).padStart(2, '0')}`,
    fullName: `${FIRST[index % FIRST.length]} ${LAST[(index * 7 + Math.floor(index / FIRST.length)) % LAST.length]}`,
    shortName: '',
    affiliation: pick(rng, AFFILIATIONS),
    role: index === 0 ? 'chair' as const : index < 3 ? 'secretariat' as const : 'member' as const,
    attendance: 'present' as const,
    aliases: [],
  }));
}

/**
 * A meeting whose notes hold `totalWords` words of prose: every agenda item and
 * sub-item opens a section, and every paragraph starts with a speaker mention.
 * Paragraphs aim at 34–72 words and overshoot by the sentence crossing the
 * line, which lands one mention about every 60 words.
 */
export function generateMeeting(totalWords: number, seed = 20_000): Meeting {
  const rng = mulberry32(seed);
  const participants = buildParticipants(rng);
  const agenda = buildAgenda();
  const sections = agenda.flatMap((item) => [item.id, ...item.children.map((child) => child.id)]);
  const weights = sections.map(() => 0.5 + rng());
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  // A few people speak most of the time: square the draw to skew towards the first ones.
  const speaker = () => participants[Math.floor(rng() * rng() * participants.length)]!.id;

  const children: SerializedNote[] = [];
  let written = 0;
  sections.forEach((itemId, index) => {
    children.push({ type: AGENDA_HEADING_TYPE, version: 1, itemId });
    const budget = index === sections.length - 1 ? totalWords - written : Math.round((totalWords * weights[index]!) / weightSum);
    let sectionWords = 0;
    while (sectionWords < budget || sectionWords === 0) {
      const target = Math.min(between(rng, 34, 72), Math.max(8, budget - sectionWords));
      let text = ` ${pick(rng, OPENERS)} ${sentence(rng).replace(/^./, (c) => c.toLowerCase())}`;
      while (words(text) < target) text += ` ${sentence(rng)}`;
      children.push(paragraph([{ type: SPEAKER_MENTION_TYPE, version: 1, participantId: speaker() }, textNode(text)]));
      sectionWords += words(text);
    }
    written += sectionWords;
  });

  return meetingSchema.parse({
    metadata: {
      groupTitle: 'MAG Working Group on Strengthening and Strategy', groupLongName: 'Working Group on Strengthening and Strategy',
      groupShortName: 'WG-Strategy', seriesName: 'Online Meeting', number: 60,
      start: { date: '2024-03-14', time: '14:00', timeZone: 'UTC' },
    },
    participants,
    agenda,
    notes: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } },
  });
}

/** The file text the app opens, checked by the app's own reader so the benchmark never measures a refused file. */
export function meetingFileText(meeting: Meeting): string {
  const text = serializeMeetingFile(meeting);
  const parsed = parseMeetingFile(text, Buffer.byteLength(text));
  if (!parsed.ok) throw new Error(`generated meeting does not parse: ${parsed.error.message}`);
  return text;
}

/** The notes as the floors show them: one string per block, headings as their label, mentions as the name. */
export interface PlainNotes {
  paragraphs: string[];
  /** Index in `paragraphs` of each body paragraph (not a heading), in order: the app's `p` elements. */
  bodyIndexes: number[];
  words: number;
}

export function plainNotes(meeting: Meeting): PlainNotes {
  const names = new Map(meeting.participants.map((p) => [p.id, p.fullName]));
  const paragraphs: string[] = [];
  const bodyIndexes: number[] = [];
  let count = 0;
  for (const block of meeting.notes.root.children as SerializedNote[]) {
    if (block.type === AGENDA_HEADING_TYPE) {
      paragraphs.push(agendaLabel(meeting.agenda, String(block.itemId)) ?? '');
      continue;
    }
    const text = (block.children ?? []).map((node) => (node.type === SPEAKER_MENTION_TYPE ? names.get(String(node.participantId)) ?? '' : String(node.text ?? ''))).join('');
    bodyIndexes.push(paragraphs.length);
    paragraphs.push(text);
    count += (block.children ?? []).filter((node) => node.type === 'text').reduce((sum, node) => sum + words(String(node.text)), 0);
  }
  return { paragraphs, bodyIndexes, words: count };
}

/**
 * Plain text to paste, one paragraph a line, of at least `chars` characters
 * once each line ends in "\n" (ASCII, so as many bytes). Plain prose only: no
 * colon, hash or address, so nothing in it reads as a speaker prefix, an
 * action marker or a link, and the notes must show it exactly as given.
 */
export function pasteParagraphs(seed: number, chars: number): string[] {
  const rng = mulberry32(seed);
  const lines: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentences = Array.from({ length: between(rng, 3, 9) }, () => sentence(rng));
    const line = sentences.join(' ');
    lines.push(line);
    length += line.length + 1;
  }
  return lines;
}
