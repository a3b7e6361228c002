import { parseAgendaText, type ParsedAgendaItem } from '../agendaText';
import type { ReportSection } from './sections';

/**
 * The agenda of a report, in whatever numbering the layout used: the agenda
 * parser reads "1)", "a.", "(b)", bullets and links; decimal outline numbers
 * ("2.1", "2.1.1") become items and lettered sub-items first, and a numbered
 * report's lead-in sentence ("3. The agenda was adopted as follows:") is dropped.
 */

const OUTLINE = /^(\s*)\d{1,3}\.(\d{1,3})(?:\.(\d{1,3}))?\.?\s+(?=\S)/u;
const LEAD_IN = /^\s*(?:\d{1,3}[.)]\s+)?.{0,200}:\s*$/u;

function letter(n: number): string {
  return String.fromCharCode(96 + (((n - 1) % 26) + 1));
}

export function normalizeAgendaLine(line: string): string | undefined {
  const outline = OUTLINE.exec(line);
  if (outline) {
    const rest = line.slice(outline[0].length);
    return outline[3] === undefined ? `${outline[1]}${outline[2]}. ${rest}` : `${outline[1]}   ${letter(Number(outline[3]))}. ${rest}`;
  }
  return LEAD_IN.test(line) ? undefined : line;
}

export interface ReportAgenda {
  items: ParsedAgendaItem[];
  warnings: string[];
}

/** Lines around a report's agenda are prose the list parser warns about; those warnings say nothing useful here. */
const IGNORED_LINE_WARNING = /comes before the list and was ignored|is not part of the list and was ignored|No numbering or bullets were found/u;

export function readAgenda(sections: readonly ReportSection[]): ReportAgenda {
  const lines = sections.flatMap((section) => [section.inline, ...section.lines]);
  const text = lines.flatMap((line) => normalizeAgendaLine(line) ?? []).join('\n');
  const parsed = parseAgendaText(text);
  return { items: parsed.items, warnings: parsed.warnings.filter((warning) => !IGNORED_LINE_WARNING.test(warning)) };
}
