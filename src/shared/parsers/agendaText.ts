import { classifyLine, type ClassifiedLine, type MarkerStyle } from './agenda/lines';
import { labelledPresenterNames } from './agenda/presenterNames';
import { dissectTitle } from './agenda/title';

export interface ParsedAgendaSubItem {
  title: string;
  /** The item's document. '' means the text marked the title as a link but gave no address ("[Title](#)"). */
  link?: string;
  presenterNames: string[];
  durationMin?: number;
}

export interface ParsedAgendaItem extends ParsedAgendaSubItem {
  children: ParsedAgendaSubItem[];
}

export interface ParsedAgenda {
  items: ParsedAgendaItem[];
  warnings: string[];
}

type ListLine = Extract<ClassifiedLine, { kind: 'list' }>;

interface Entry {
  level: 0 | 1;
  lineNumber: number;
  text: string;
  labelledPresenters: string[];
  durationMin?: number;
}

const HEADING = /^(?:#+\s*)?(?:(?:draft|proposed|provisional|revised|annotated|final|updated)\s+)?agenda\b[^.!?]{0,60}$/iu;
const SIGN_OFF = /^(?:(?:best|kind|warm|many)\s+)?(?:regards|wishes|thanks)\b|^(?:best|thanks|thank you|cheers|sincerely|yours)\b.{0,20}$/iu;
const ROMAN_STYLE_OF: Partial<Record<MarkerStyle, MarkerStyle>> = { 'lower-alpha': 'lower-roman', 'upper-alpha': 'upper-roman' };

function quoted(text: string): string {
  return `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
}

/** "i." after "h." is a letter; "i." that starts a list, or "v." after "iv.", is a roman numeral. */
function resolveAmbiguousLetter(line: ListLine, lastOrdinals: Map<MarkerStyle, number>): ListLine {
  const romanStyle = ROMAN_STYLE_OF[line.style];
  if (!line.ambiguous || !romanStyle) return line;
  const { letterOrdinal, romanOrdinal } = line.ambiguous;
  const continuesLetters = lastOrdinals.get(line.style) === letterOrdinal - 1;
  const continuesRoman = (lastOrdinals.get(romanStyle) ?? 0) === romanOrdinal - 1;
  return !continuesLetters && continuesRoman ? { ...line, style: romanStyle, ordinal: romanOrdinal } : line;
}

/** Decides the nesting of list lines: the first line's style and indentation make the top level. */
class LevelTracker {
  private lastTopOrdinal = 0;
  private firstChild: ListLine | undefined;
  private lastSameStyleChildOrdinal: number | undefined;
  private warnedDeepNesting = false;

  constructor(
    private readonly top: ListLine,
    private readonly warnings: string[],
  ) {}

  levelOf(line: ListLine): 0 | 1 {
    if (this.isTop(line)) {
      this.lastTopOrdinal = line.ordinal ?? this.lastTopOrdinal + 1;
      this.firstChild = undefined;
      this.lastSameStyleChildOrdinal = undefined;
      return 0;
    }
    this.noteChild(line);
    return 1;
  }

  private isTop(line: ListLine): boolean {
    if (line.style !== this.top.style) return false;
    if (line.indent <= this.top.indent) return true;
    // Deeper but numbered like the top level: a nested list restarts at 1 and then runs on.
    if (line.ordinal === undefined) return false;
    const continuesChildren = this.lastSameStyleChildOrdinal !== undefined && line.ordinal === this.lastSameStyleChildOrdinal + 1;
    return line.ordinal !== 1 && !continuesChildren && line.ordinal === this.lastTopOrdinal + 1;
  }

  private noteChild(line: ListLine): void {
    if (line.style === this.top.style) this.lastSameStyleChildOrdinal = line.ordinal;
    this.firstChild ??= line;
    const deeper = line.style !== this.firstChild.style && line.indent > this.firstChild.indent;
    if (deeper && !this.warnedDeepNesting) {
      this.warnings.push(`Line ${line.lineNumber} is nested more than two levels deep; the agenda keeps two, so it became a sub-item.`);
      this.warnedDeepNesting = true;
    }
  }
}

function isHeading(text: string): boolean {
  return HEADING.test(text.replace(/[:*_]+$/u, '').trim());
}

/**
 * Reads a line that is not numbered: a presenter note ("Presenter: Timea Suto"), the
 * wrapped rest of the title just above it (e-mail clients wrap long lines), a heading,
 * or prose. Returns whether the line belongs to the entry above, so that a line after it
 * may wrap on.
 */
function absorbTextLine(line: Extract<ClassifiedLine, { kind: 'text' }>, last: Entry | undefined, wrapsOn: boolean, warnings: string[]): boolean {
  if (!last) {
    if (!isHeading(line.text)) warnings.push(`Line ${line.lineNumber} comes before the list and was ignored: ${quoted(line.text)}`);
    return false;
  }
  const presenters = labelledPresenterNames(line.text);
  if (presenters) {
    last.labelledPresenters.push(...presenters);
    return true;
  }
  if (wrapsOn && !SIGN_OFF.test(line.text)) {
    last.text = `${last.text} ${line.text}`;
    return true;
  }
  warnings.push(`Line ${line.lineNumber} is not part of the list and was ignored: ${quoted(line.text)}`);
  return false;
}

function collectEntries(lines: readonly ClassifiedLine[], warnings: string[]): Entry[] {
  const entries: Entry[] = [];
  const lastOrdinals = new Map<MarkerStyle, number>();
  let tracker: LevelTracker | undefined;
  let wrapsOn = false;
  for (const classified of lines) {
    if (classified.kind === 'blank') wrapsOn = false;
    else if (classified.kind === 'text') wrapsOn = absorbTextLine(classified, entries.at(-1), wrapsOn, warnings);
    else {
      wrapsOn = true;
      const line = resolveAmbiguousLetter(classified, lastOrdinals);
      if (line.ordinal !== undefined) lastOrdinals.set(line.style, line.ordinal);
      tracker ??= new LevelTracker(line, warnings);
      const entry: Entry = { level: tracker.levelOf(line), lineNumber: line.lineNumber, text: line.text, labelledPresenters: [] };
      if (line.durationMin !== undefined) entry.durationMin = line.durationMin;
      entries.push(entry);
    }
  }
  return entries;
}

/** An agenda typed without numbers or bullets: every line that is not a heading is an item. */
function entriesFromPlainLines(lines: readonly ClassifiedLine[], warnings: string[]): Entry[] {
  const entries = lines.flatMap((line): Entry[] =>
    line.kind === 'text' && !isHeading(line.text) ? [{ level: 0, lineNumber: line.lineNumber, text: line.text, labelledPresenters: [] }] : [],
  );
  if (entries.length > 0) warnings.push('No numbering or bullets were found, so each line became an agenda item.');
  return entries;
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toSubItem(entry: Entry, warnings: string[]): ParsedAgendaSubItem | undefined {
  const dissected = dissectTitle(entry.text);
  if (dissected.title === '') {
    warnings.push(`Line ${entry.lineNumber} has a number or bullet but no title and was skipped.`);
    return undefined;
  }
  if (dissected.link === '') warnings.push(`The agenda item ${quoted(dissected.title)} is a link without an address; add the address to the item.`);
  const item: ParsedAgendaSubItem = { title: dissected.title, presenterNames: uniqueNames([...dissected.presenterNames, ...entry.labelledPresenters]) };
  if (dissected.link !== undefined) item.link = dissected.link;
  const durationMin = dissected.durationMin ?? entry.durationMin;
  if (durationMin !== undefined) item.durationMin = durationMin;
  return item;
}

function assemble(entries: readonly Entry[], warnings: string[]): ParsedAgendaItem[] {
  const items: ParsedAgendaItem[] = [];
  for (const entry of entries) {
    const subItem = toSubItem(entry, warnings);
    const parent = items.at(-1);
    if (!subItem) continue;
    if (entry.level === 1 && parent) parent.children.push(subItem);
    else items.push({ ...subItem, children: [] });
  }
  return items;
}

/**
 * A single line starting with a time is prose ("14:00 UTC, Thursday 20 July"), not a
 * timed agenda: times count as list markers only when at least two lines start with one.
 */
function classifyLines(rawLines: readonly string[]): ClassifiedLine[] {
  const lines = rawLines.map((line, index) => classifyLine(line, index + 1));
  const timedLines = lines.filter((line) => line.kind === 'list' && line.style === 'time').length;
  return timedLines >= 2 ? lines : rawLines.map((line, index) => classifyLine(line, index + 1, false));
}

/**
 * Reads an agenda pasted from an e-mail, a Word document or a previous report: numbered,
 * lettered, roman-numbered, bulleted or timed lines, one level of sub-items, markdown and
 * Outlook links, trailing presenters and durations. Text before the list is ignored with
 * a warning; nothing here throws.
 */
export function parseAgendaText(text: string): ParsedAgenda {
  const warnings: string[] = [];
  const lines = classifyLines(text.split(/\r\n|\r|\n|\u2028|\u2029/u));
  const hasList = lines.some((line) => line.kind === 'list');
  const entries = hasList ? collectEntries(lines, warnings) : entriesFromPlainLines(lines, warnings);
  const items = assemble(entries, warnings);
  if (items.length === 0 && text.trim() !== '') warnings.push('No agenda items were found in the text.');
  return { items, warnings };
}
