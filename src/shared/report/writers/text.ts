import { type Report, type ReportBlock, type ReportListItem, type ReportRun } from '../model';
import { groupRunsByLink } from './linkGroups';

/**
 * The report as plain text, for the body of an email: one block per paragraph,
 * lists with their printed markers, every link followed by its address in
 * parentheses (a plain-text reader cannot click a word).
 */
export function reportToText(report: Report): string {
  const chunks: string[] = [];
  report.blocks.forEach((block, index) => {
    const previous = report.blocks[index - 1];
    // The title block's lines belong together; every other block is set apart by a blank line.
    const separator = index === 0 ? '' : block.kind === 'title' && previous?.kind === 'title' ? '\n' : '\n\n';
    chunks.push(separator + blockText(block));
  });
  return `${chunks.join('')}\n`;
}

function blockText(block: ReportBlock): string {
  switch (block.kind) {
    case 'title':
      return block.text;
    case 'heading':
      return [block.label, runsText(block.runs)].filter(Boolean).join(' ');
    case 'paragraph':
      return runsText(block.runs);
    case 'list':
      return block.items.map(itemText).join('\n');
  }
}

const INDENT = '   ';

/** "1) Item", nested items indented under their parent, continuation lines aligned with the text. */
function itemText(item: ReportListItem): string {
  const prefix = `${INDENT.repeat(item.level)}${item.label} `;
  return prefix + runsText(item.runs).replace(/\n/g, `\n${' '.repeat(prefix.length)}`);
}

function runsText(runs: readonly ReportRun[]): string {
  return groupRunsByLink(runs).map((group) => {
    const text = group.runs.map((run) => run.text).join('');
    if (group.link === undefined || text.trim() === group.link) return text;
    return `${text} (${group.link})`;
  }).join('');
}
