import type { MeetingMetadata, ZonedDateTime } from '../../meeting/schema';
import { findDate, findTime } from '../../series/dateText';

/**
 * What the lines above a report's first section say: the group's title, the
 * series and the meeting's number ("Online Meeting 60", "Meeting No. 12",
 * "call 7"), the date and time, and from the opening sentence ("The 60th virtual
 * meeting of the … (WG-Strategy) was held …") the group's long and short names,
 * the moderators and the recording note.
 */
export interface TitleBlock {
  groupTitle?: string;
  groupLongName?: string;
  groupShortName?: string;
  seriesName?: string;
  number?: number;
  format?: MeetingMetadata['format'];
  start?: ZonedDateTime;
  moderatorNames: string[];
  recordingNote?: string;
}

const SERIES_LINE = /^(\p{L}[\p{L}\s'-]{0,60}?)\s*(?:no\.?|number|n°|#)?\s*(\d{1,5})$/iu;
const SERIES_IN_TITLE = /[\s,–—-]*\b(meeting|call|session)\s*(?:no\.?|number|n°|#)?\s*(\d{1,5})\b[\s,–—-]*/iu;
const DOCUMENT_KIND = /^(?:summary\s+report|report|minutes|meeting\s+notes|notes|summary|draft)$/iu;
const KIND_WORDS = String.raw`(?:(?:call|meeting)\s+)?(?:notes|minutes|summary(?:\s+report)?|report)`;
const KIND_AROUND_TITLE = new RegExp(String.raw`^${KIND_WORDS}\s*(?:of|[–—:-])\s*|\s*[–—:-]\s*${KIND_WORDS}$`, 'iu');
const LABEL = /^(?:date|time|when|venue|place|location|chair|chairs?|rapporteur|subject)\s*:/iu;
const OPENING = /\bthe\s+(\d{1,5})(?:st|nd|rd|th|e|º|\.)?\s+(?:(virtual|online|in-person|hybrid)\s+)?(?:meeting|call|session)\s+of\s+(?:the\s+)?(.+?)\s*\(([^()]{2,40})\)\s+was\s+held/iu;
const MODERATED = /\bmoderated\s+by\s+(.+?)(?:\s+and\s+((?:a|the)\s+recording[^.]*)|\s*\.|$)/iu;
const RECORDING = /\b((?:a|the)\s+recording\s+of\s+the\s+meeting[^.]*)/iu;

export function readTitleBlock(front: readonly string[]): TitleBlock {
  const block: TitleBlock = { moderatorNames: [] };
  const lines = front.map((line) => line.trim()).filter(Boolean);
  readDateAndTime(lines, block);
  const titleCandidates: string[] = [];
  for (const line of lines.filter((candidate) => !isProse(candidate))) {
    const series = SERIES_LINE.exec(line);
    if (series && block.number === undefined && !findDate(line)) {
      block.seriesName = series[1]!.trim();
      block.number = Number(series[2]);
    } else if (!DOCUMENT_KIND.test(line) && !LABEL.test(line) && !findDate(line)) {
      titleCandidates.push(line);
    }
  }
  const title = titleCandidates[0];
  if (title !== undefined) readGroupTitle(title, block);
  const opening = lines.find((line) => OPENING.test(line) || MODERATED.test(line));
  if (opening) readOpening(opening, block);
  return block;
}

/** A sentence, not a title line: long, or ending as sentences do. */
function isProse(line: string): boolean {
  return line.length > 160 || (/[.:]$/u.test(line) && line.split(/\s+/u).length > 8);
}

function readDateAndTime(lines: readonly string[], block: TitleBlock): void {
  const dateLine = lines.find((line) => !isProse(line) && findDate(line));
  if (!dateLine) return;
  const date = findDate(dateLine)!;
  const time = findTime(dateLine.slice(date.index + date.length)) ?? lines.filter((line) => /^time\s*:/iu.test(line)).map(findTime).find(Boolean);
  if (time) block.start = { date: date.iso, time: time.time, timeZone: time.timeZone ?? 'UTC' };
  else block.start = { date: date.iso, time: '00:00', timeZone: 'UTC' };
}

/** "Meeting notes – Policy Network on Meaningful Access, call 7": the group's title, with the series found in it. */
function readGroupTitle(line: string, block: TitleBlock): void {
  let title = line;
  const series = SERIES_IN_TITLE.exec(title);
  if (series && block.number === undefined) {
    block.seriesName = capitalize(series[1]!);
    block.number = Number(series[2]);
    title = `${title.slice(0, series.index)} ${title.slice(series.index + series[0].length)}`;
  }
  title = title.replace(KIND_AROUND_TITLE, '').replace(/\s+/gu, ' ').replace(/^[\s,–—:-]+|[\s,–—:-]+$/gu, '');
  if (title !== '') block.groupTitle = title;
}

function readOpening(sentence: string, block: TitleBlock): void {
  const opening = OPENING.exec(sentence);
  if (opening) {
    block.number ??= Number(opening[1]);
    const format = opening[2]?.toLowerCase();
    if (format) block.format = format === 'in-person' ? 'in-person' : format === 'hybrid' ? 'hybrid' : 'virtual';
    block.groupLongName = opening[3]!.trim();
    block.groupShortName = opening[4]!.trim();
  }
  const moderated = MODERATED.exec(sentence);
  if (moderated) block.moderatorNames = moderated[1]!.split(/\s*,\s*|\s+and\s+/u).map((name) => name.trim()).filter((name) => /^\p{Lu}/u.test(name));
  const recording = moderated?.[2] ?? RECORDING.exec(sentence)?.[1];
  if (recording) block.recordingNote = recording.trim();
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** "The next call of the working group will be at 14:00 UTC on 10 August 2023." anywhere in the report. */
export function findNextMeeting(text: string, fallbackZone: string): ZonedDateTime | undefined {
  for (const sentence of text.split(/(?<=[.!?])\s+|\n/u)) {
    if (!/\bnext\s+(?:call|meeting|session)\b/iu.test(sentence)) continue;
    const date = findDate(sentence);
    if (!date) continue;
    const time = findTime(sentence.slice(0, date.index) + ' '.repeat(date.length) + sentence.slice(date.index + date.length));
    return { date: date.iso, time: time?.time ?? '00:00', timeZone: time?.timeZone ?? fallbackZone };
  }
  return undefined;
}
