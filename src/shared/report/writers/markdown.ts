import { levelFormat } from '../listMarkers';
import type { Report, ReportBlock, ReportListItem, ReportRun } from '../model';
import { groupRunsByLink } from './linkGroups';

/**
 * The report as CommonMark, for wikis and issue trackers. Headings follow the
 * HTML writer's levels (the group title is the only "#"). CommonMark has no
 * lettered lists, so a lettered or roman item is a bullet with its letter typed.
 */
export function reportToMarkdown(report: Report): string {
  return `${report.blocks.map(blockMarkdown).join('\n\n')}\n`;
}

function blockMarkdown(block: ReportBlock): string {
  switch (block.kind) {
    case 'title':
      if (block.role === 'group') return `# ${escapeInline(block.text)}`;
      return block.role === 'draft' ? `**${escapeInline(block.text)}**` : escapeLineStart(escapeInline(block.text));
    case 'heading': {
      const label = block.label ? `${escapeInline(block.label)} ` : '';
      return `${'#'.repeat(block.level + 1)} ${label}${runsMarkdown(block.runs)}`;
    }
    case 'paragraph':
      return escapeLineStart(runsMarkdown(block.runs));
    case 'list':
      return listMarkdown(block.items);
  }
}

/** Each item is indented to its parent's text column, as CommonMark requires for nesting. */
function listMarkdown(items: readonly ReportListItem[]): string {
  const columns: number[] = [];
  return items.map((item) => {
    columns.length = item.level + 1;
    const indent = columns.slice(0, item.level).reduce((sum, width) => sum + (width ?? 0), 0);
    const marker = itemMarker(item);
    columns[item.level] = marker.length + 1;
    const text = runsMarkdown(item.runs).replace(/\n/g, `\n${' '.repeat(indent + marker.length + 1)}`);
    return `${' '.repeat(indent)}${marker} ${text}`;
  }).join('\n');
}

function itemMarker(item: ReportListItem): string {
  const { format } = levelFormat(item.style, item.level);
  if (format === 'decimal') return item.label;
  // The label of a lettered item stays text after a bullet: escaped so "a." is not read as anything else.
  return format === 'bullet' ? '-' : `- ${escapeInline(item.label)}`;
}

function runsMarkdown(runs: readonly ReportRun[]): string {
  return groupRunsByLink(runs).map((group) => {
    const inner = group.runs.map(runMarkdown).join('');
    if (group.link === undefined) return inner;
    const address = /[\s()<>]/.test(group.link) ? `<${group.link.replace(/[<>]/g, encodeURIComponent)}>` : group.link;
    return `[${inner}](${address})`;
  }).join('');
}

/** Emphasis marks hug the text: "* word*" would not be read as emphasis, so blanks move outside them. */
function runMarkdown(run: ReportRun): string {
  if (run.code) return codeSpan(run.text);
  const [, before = '', core = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) ?? [];
  if (core === '') return run.text.replace(/\n/g, '\\\n');
  let text = escapeInline(core).replace(/\n/g, '\\\n');
  if (run.strike) text = `~~${text}~~`;
  if (run.italic) text = `*${text}*`;
  if (run.bold) text = `**${text}**`;
  return before + text + after;
}

function codeSpan(text: string): string {
  const longestTicks = Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
  const fence = '`'.repeat(longestTicks + 1);
  return `${fence}${text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text}${fence}`;
}

function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&');
}

/** A paragraph starting "1. " or "# " would become a list or a heading. */
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)([#>+=-]|\d+(?=[.)]))/, (whole, space: string, mark: string) =>
    (/^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`));
}
