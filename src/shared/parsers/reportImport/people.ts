import { normalizeNameForMatch } from '../../names/normalize';
import { parseParticipantList, type ParsedPerson } from '../participantList';
import type { ReportSection } from './sections';

/**
 * The people of a report: a "List of participants" one a line, "Attendees:"
 * followed by names on the same line, or a numbered report's sentences ("The
 * meeting was attended by: …", "Apologies were received from …").
 */
export interface ReportPeople {
  present: ParsedPerson[];
  apologies: ParsedPerson[];
}

/** Decimal outline numbers ("1.1 ", "2.3.1 ") and a numbered report's paragraph numbers ("4. ") before a line. */
const OUTLINE_NUMBER = /^\s*\d{1,3}(?:\.\d{1,3})+\.?\s+/u;
// The names follow the phrase, or the colon after it: "attended by the following members: Jane Doe (ISOC), …".
const ATTENDED_BY = /^.*?\b(?:attended\s+by|present\s+were|participants\s+were|attendees\s+were|in\s+attendance\s+were)\b(?:[^:]*:)?\s*(.+)$/iu;
const APOLOGIES_FROM = /^.*?\b(?:apologies|regrets)\b(?:\s+(?:were|was))?(?:\s+(?:received|sent|noted))?(?:\s+from)?\s*:?\s+(.+)$/iu;
const PARAGRAPH_NUMBER = /^\s*\d{1,3}[.)]\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll})/u;

/** Names separated by commas, semicolons or "and", outside parentheses: "Jane Doe (ISOC), John Smith and Ana Pérez". */
export function splitInlineNames(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  const words = text.replace(/\.\s*$/u, '').split(/(\s+and\s+|[,;()])/u);
  for (const piece of words) {
    if (piece === '(') depth += 1;
    if (piece === ')') depth = Math.max(0, depth - 1);
    const separates = depth === 0 && (piece === ',' || piece === ';' || /^\s+and\s+$/u.test(piece));
    if (separates) {
      names.push(current.trim());
      current = '';
    } else current += piece;
  }
  names.push(current.trim());
  return names.filter((name) => /\p{L}/u.test(name));
}

function peopleInline(text: string): ParsedPerson[] {
  return parseParticipantList(splitInlineNames(text).join('\n')).people;
}

function readLines(lines: readonly string[], into: ParsedPerson[], apologies: ParsedPerson[]): void {
  const listed: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(OUTLINE_NUMBER, '');
    const attended = ATTENDED_BY.exec(line);
    const regrets = APOLOGIES_FROM.exec(line);
    if (regrets) apologies.push(...peopleInline(regrets[1]!));
    else if (attended) into.push(...peopleInline(attended[1]!));
    else listed.push(line.replace(PARAGRAPH_NUMBER, ''));
  }
  into.push(...parseParticipantList(listed.join('\n')).people);
}

export function readPeople(participantSections: readonly ReportSection[], apologySections: readonly ReportSection[]): ReportPeople {
  const present: ParsedPerson[] = [];
  const apologies: ParsedPerson[] = [];
  for (const section of participantSections) {
    if (section.inline !== '') present.push(...peopleInline(section.inline));
    readLines(section.lines, present, apologies);
  }
  for (const section of apologySections) {
    if (section.inline !== '') apologies.push(...peopleInline(section.inline));
    readLines(section.lines, apologies, apologies);
  }
  return { present: unique(present), apologies: unique(apologies) };
}

function unique(people: readonly ParsedPerson[]): ParsedPerson[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    const key = normalizeNameForMatch(person.fullName);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
