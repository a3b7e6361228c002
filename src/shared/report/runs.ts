import type { ReportRun } from './model';

/** Lexical's text format bits. */
const FORMAT_BITS = { bold: 1, italic: 2, strike: 4, underline: 8, code: 16 } as const;

/** The run formatting a Lexical text node's `format` number stands for. */
export function formatFromBits(format: number): Omit<ReportRun, 'text' | 'link'> {
  const formatting: Omit<ReportRun, 'text' | 'link'> = {};
  for (const [name, bit] of Object.entries(FORMAT_BITS) as Array<[keyof typeof FORMAT_BITS, number]>) {
    if ((format & bit) !== 0) formatting[name] = true;
  }
  return formatting;
}

/** A plain run: the shape most generated text takes. */
export function plain(text: string, link?: string): ReportRun {
  return link === undefined ? { text } : { text, link };
}

function sameFormatting(a: ReportRun, b: ReportRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline
    && a.strike === b.strike && a.code === b.code && a.link === b.link;
}

/**
 * Joins neighbouring runs that look the same and drops empty ones: a speaker
 * mention splits the editor's text into pieces the reader never sees, and every
 * Word run costs markup.
 */
export function mergeRuns(runs: readonly ReportRun[]): ReportRun[] {
  const merged: ReportRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && sameFormatting(last, run)) merged[merged.length - 1] = { ...last, text: last.text + run.text };
    else merged.push(run);
  }
  return merged;
}

/** The runs without the blanks a typist leaves at a paragraph's start and end. */
export function trimRuns(runs: readonly ReportRun[]): ReportRun[] {
  const trimmed = [...runs];
  while (trimmed.length > 0 && trimmed[0]!.text.trim() === '') trimmed.shift();
  while (trimmed.length > 0 && trimmed[trimmed.length - 1]!.text.trim() === '') trimmed.pop();
  if (trimmed.length === 0) return trimmed;
  trimmed[0] = { ...trimmed[0]!, text: trimmed[0]!.text.trimStart() };
  const lastIndex = trimmed.length - 1;
  trimmed[lastIndex] = { ...trimmed[lastIndex]!, text: trimmed[lastIndex]!.text.trimEnd() };
  return trimmed;
}
