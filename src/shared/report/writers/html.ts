import { levelFormat } from '../listMarkers';
import { type Report, type ReportBlock, type ReportListItem, type ReportRun } from '../model';
import { groupRunsByLink } from './linkGroups';

/**
 * The report as one standalone HTML document: the export preview, and the HTML
 * put on the clipboard for email. Every text is escaped; only http(s) and mailto
 * addresses become links; the document's policy forbids scripts even if some
 * markup slipped through. Paragraph for paragraph it matches the .docx.
 */

const STYLE = `
body { font-family: Calibri, Carlito, "Segoe UI", Arial, sans-serif; font-size: 11pt; line-height: 1.35; max-width: 48em; margin: 2em auto; padding: 0 1em; }
.title, .subtitle, .draft { text-align: center; margin: 0.2em 0; }
.title { font-size: 16pt; font-weight: bold; }
p.subtitle { font-size: 13pt; }
p.draft { font-weight: bold; color: #c00000; }
h2 { font-size: 14pt; margin-top: 1.4em; }
h3, h4 { font-size: 12pt; }
@counter-style decimal-paren { system: extends decimal; suffix: ") "; }
@counter-style lower-alpha-paren { system: extends lower-alpha; suffix: ") "; }
@counter-style lower-roman-paren { system: extends lower-roman; suffix: ") "; }
`;

/** The same weight as the Word styles: the document kind is a Title there, series and date Subtitles. */
const TITLE_CLASSES = { draft: 'draft', group: 'title', kind: 'title', series: 'subtitle', date: 'subtitle' } as const;

const CSS_LIST_TYPES = {
  decimal: { '.': 'decimal', ')': 'decimal-paren' },
  lowerLetter: { '.': 'lower-alpha', ')': 'lower-alpha-paren' },
  lowerRoman: { '.': 'lower-roman', ')': 'lower-roman-paren' },
} as const;
/** For mail clients that ignore CSS counter styles. */
const HTML_LIST_TYPES = { decimal: '1', lowerLetter: 'a', lowerRoman: 'i' } as const;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

export function reportToHtml(report: Report): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(report.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...report.blocks.map(blockHtml),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const direction = (rtl: boolean) => (rtl ? ' dir="rtl"' : '');

function blockHtml(block: ReportBlock): string {
  switch (block.kind) {
    case 'title':
      if (block.role === 'group') return `<h1 class="title"${direction(block.rtl)}>${escapeHtml(block.text)}</h1>`;
      return `<p class="${TITLE_CLASSES[block.role]}"${direction(block.rtl)}>${escapeHtml(block.text)}</p>`;
    case 'heading': {
      // The document title is the h1: report sections are h2, agenda items h3, sub-items h4.
      const tag = `h${block.level + 1}`;
      const label = block.label ? `${escapeHtml(block.label)} ` : '';
      return `<${tag}${direction(block.rtl)}>${label}${runsHtml(block.runs)}</${tag}>`;
    }
    case 'paragraph':
      return `<p${direction(block.rtl)}>${runsHtml(block.runs)}</p>`;
    case 'list':
      return listHtml(block.items);
  }
}

/** Nested HTML lists from flattened items: a deeper item opens a list inside the open item. */
function listHtml(items: readonly ReportListItem[]): string {
  const out: string[] = [];
  const open: Array<{ level: number; listId: number; tag: 'ol' | 'ul' }> = [];
  const closeTop = () => out.push(`</li></${open.pop()!.tag}>`);
  for (const item of items) {
    while (open.length > 0 && open[open.length - 1]!.level > item.level) closeTop();
    const top = open[open.length - 1];
    if (top && top.level === item.level && top.listId !== item.listId) closeTop();
    else if (top && top.level === item.level) out.push('</li>');
    const current = open[open.length - 1];
    if (!current || current.level < item.level) {
      const { tag, attributes } = listTag(item);
      out.push(`<${tag}${attributes}>`);
      open.push({ level: item.level, listId: item.listId, tag });
    }
    out.push(`<li${direction(item.rtl)}>${runsHtml(item.runs)}`);
  }
  while (open.length > 0) closeTop();
  return out.join('');
}

function listTag(item: ReportListItem): { tag: 'ol' | 'ul'; attributes: string } {
  const { format, suffix } = levelFormat(item.style, item.level);
  if (format === 'bullet') return { tag: 'ul', attributes: ` class="${item.style}"` };
  const cssType = CSS_LIST_TYPES[format][suffix === ')' ? ')' : '.'];
  const start = item.start !== 1 ? ` start="${item.start}"` : '';
  return { tag: 'ol', attributes: ` class="${item.style}" type="${HTML_LIST_TYPES[format]}"${start} style="list-style-type: ${cssType}"` };
}

function runsHtml(runs: readonly ReportRun[]): string {
  return groupRunsByLink(runs).map((group) => {
    const inner = group.runs.map(runHtml).join('');
    return group.link === undefined ? inner : `<a href="${escapeHtml(group.link)}">${inner}</a>`;
  }).join('');
}

function runHtml(run: ReportRun): string {
  let html = escapeHtml(run.text).replace(/\n/g, '<br>');
  if (run.code) html = `<code>${html}</code>`;
  if (run.strike) html = `<s>${html}</s>`;
  if (run.underline) html = `<u>${html}</u>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  return html;
}
