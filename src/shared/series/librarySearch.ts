import { SPEAKER_MENTION_TYPE, type SerializedNote } from '../meeting/notesSchema';
import type { Meeting, MeetingMetadata } from '../meeting/schema';

/**
 * Searching the meetings of a folder: every meeting becomes one searchable
 * text (its group, agenda, people and notes, mentions by name), compared with
 * case and accents folded; a meeting matches when it holds every word asked.
 */

export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** The meeting's words, one space between blocks, so an excerpt never runs two paragraphs together without one. */
export function meetingSearchText(meeting: Meeting): string {
  const names = new Map(meeting.participants.map((person) => [person.id, person.fullName]));
  const parts: string[] = [
    meeting.metadata.groupTitle, meeting.metadata.groupShortName, meeting.metadata.seriesName,
    ...meeting.agenda.flatMap((item) => [item.title, ...item.children.map((child) => child.title)]),
    ...meeting.participants.map((person) => `${person.fullName} ${person.affiliation}`),
  ];
  const visit = (node: SerializedNote) => {
    if (node.type === 'text') parts.push(String(node['text'] ?? ''));
    else if (node.type === SPEAKER_MENTION_TYPE) parts.push(names.get(String(node['participantId'])) ?? '');
    for (const child of node.children ?? []) visit(child);
    if (node.type === 'paragraph' || node.type === 'listitem') parts.push('\n');
  };
  meeting.notes.root.children.forEach(visit);
  return parts.join(' ').replace(/[ \t]+/gu, ' ');
}

export function searchWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/u).filter((word) => word.length > 0).slice(0, 20);
}

const EXCERPT_RADIUS = 60;

/**
 * A short excerpt around the first word found, or undefined when a word is
 * missing. Folding keeps the text's length for Latin letters, so the excerpt is
 * cut from the original text at the folded match's place.
 */
export function searchExcerpt(text: string, words: readonly string[]): string | undefined {
  if (words.length === 0) return '';
  const folded = foldForSearch(text);
  const places = words.map((word) => folded.indexOf(word));
  if (places.some((place) => place < 0)) return undefined;
  const first = Math.min(...places);
  const aligned = folded.length === text.length;
  const source = aligned ? text : folded;
  const start = Math.max(0, first - EXCERPT_RADIUS);
  const end = Math.min(source.length, first + EXCERPT_RADIUS * 2);
  const excerpt = source.slice(start, end).replace(/\s+/gu, ' ').trim();
  return `${start > 0 ? '…' : ''}${excerpt}${end < source.length ? '…' : ''}`;
}

/** Meetings of one group and series are listed together: "WG-Strategy — Online Meeting". */
export function libraryGroup(metadata: MeetingMetadata): { key: string; label: string } {
  const group = metadata.groupShortName.trim() || metadata.groupTitle.trim() || 'No group';
  const label = [group, metadata.seriesName.trim()].filter(Boolean).join(' — ');
  return { key: foldForSearch(label), label };
}
