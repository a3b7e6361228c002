import { normalizeNameForMatch } from '../names/normalize';

export interface ParsedPerson {
  fullName: string;
  /** '' when the line gives none ("20. Valeria Betancourt"). */
  affiliation: string;
}

export interface ParsedParticipantList {
  people: ParsedPerson[];
  warnings: string[];
}

const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)+/u;
// A number ("1.", "1)", "(1)", "1" before a tab, "1 -") or a bullet before the name.
const LIST_MARKER = /^(?:\(?\d{1,4}[.)]\)?[ \t]*|\d{1,4}(?=\t)|\d{1,4}[ \t]+[-–—][ \t]+|[-*+][ \t]+|[•◦▪▫‣⁃●○■□·∙\uF0B7\uF0A7][ \t]*)/u;
const HEADING = /^(?:#+\s*)?(?:list\s+of\s+)?(?:participants|attendees|attendance|present|members|people)\b[^,]{0,30}$/iu;
const HEADER_ROW_NAME = /^(?:full\s*)?name$/iu;
const EMAIL_IN_BRACKETS = /\s*<[^<>\s]+@[^<>\s]+>/gu;
// Where a name ends and its affiliation begins: a comma, a spaced hyphen or any en/em dash.
const SEPARATOR = /\s*,\s*|\s+-\s+|\s*[–—]\s*/u;
const PARENTHESISED_AFFILIATION = /^([^,()]+?)\s*\(([^()]+)\)\s*$/u;
const EDGE_PUNCTUATION = /^[\s,;:\-–—]+|[\s,;:\-–—]+$/gu;

function tidy(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(EDGE_PUNCTUATION, '');
}

function splitTabbed(line: string): ParsedPerson | undefined {
  const fields = line.split('\t').map(tidy).filter(Boolean);
  if (fields.some((field) => HEADER_ROW_NAME.test(field))) return undefined;
  if (fields.length > 1 && /^\d+[.)]?$/u.test(fields[0] ?? '')) fields.shift();
  const [name, ...rest] = fields;
  if (name === undefined) return undefined;
  return { fullName: name, affiliation: rest.join(', ') };
}

/** "Name, Affiliation", "Name (Affiliation)", "Name – Affiliation" or just "Name"; whichever separator comes first wins. */
function splitSeparated(line: string): ParsedPerson {
  const separator = SEPARATOR.exec(line);
  const parenthesised = PARENTHESISED_AFFILIATION.exec(line);
  if (parenthesised && (!separator || separator.index > (parenthesised[1] ?? '').length)) {
    return { fullName: tidy(parenthesised[1] ?? ''), affiliation: tidy(parenthesised[2] ?? '') };
  }
  if (!separator) return { fullName: tidy(line), affiliation: '' };
  // The affiliation keeps its own commas: "Group's Co-Chair, IGF MAG member".
  return { fullName: tidy(line.slice(0, separator.index)), affiliation: tidy(line.slice(separator.index + separator[0].length)) };
}

function withoutListMarker(rawLine: string): string {
  const line = rawLine.replace(QUOTE_MARKS, '').replace(/\u00A0/gu, ' ').replace(EMAIL_IN_BRACKETS, '');
  const trimmed = line.replace(/^[ ]+/u, '');
  return trimmed.replace(LIST_MARKER, '').replace(/^[ ]+|\s+$/gu, '');
}

type LineReading = { kind: 'skip' } | { kind: 'warn'; message: string } | { kind: 'person'; person: ParsedPerson };

function readLine(rawLine: string, lineNumber: number): LineReading {
  const line = withoutListMarker(rawLine);
  if (line.trim() === '' || HEADING.test(line.replace(/:$/u, '').trim())) return { kind: 'skip' };
  if (line.trim().endsWith(':')) return { kind: 'warn', message: `Line ${lineNumber} looks like a heading and was ignored: “${line.trim()}”` };
  const person = line.includes('\t') ? splitTabbed(line) : splitSeparated(line);
  if (!person) return { kind: 'skip' };
  if (!/\p{L}/u.test(person.fullName)) return { kind: 'warn', message: `Line ${lineNumber} has no name and was ignored: “${line.trim()}”` };
  return { kind: 'person', person };
}

/**
 * Reads a pasted list of participants, one person a line: "Name, Affiliation" (the
 * reference report's form), "Name (Affiliation)", "Name – Affiliation" or a row copied
 * from a table (tab-separated), each optionally numbered or bulleted. Blank lines and a
 * "List of participants" heading are skipped; a person listed twice is kept once.
 */
export function parseParticipantList(text: string): ParsedParticipantList {
  const people: ParsedPerson[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  text.split(/\r\n|\r|\n|\u2028/u).forEach((rawLine, index) => {
    const reading = readLine(rawLine, index + 1);
    if (reading.kind === 'warn') warnings.push(reading.message);
    if (reading.kind !== 'person') return;
    const key = normalizeNameForMatch(reading.person.fullName);
    if (seen.has(key)) warnings.push(`${reading.person.fullName} is listed more than once (line ${index + 1}); kept once.`);
    else people.push(reading.person);
    seen.add(key);
  });
  return { people, warnings };
}
