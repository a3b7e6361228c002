/**
 * The text of a Word document converted to HTML (mammoth's output: paragraphs,
 * headings, lists, tables, links), in the plain-text layout the report importer
 * reads: one paragraph a line, list items numbered or bulleted as Word shows
 * them and indented by level, table cells separated by tabs, links written
 * "[text](address)". Pure string work: no DOM, so it runs in main and in tests.
 */

const TOKEN = /<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>|[^<]+/gu;
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'div', 'blockquote', 'pre']);
const LIST_MARKER_ONLY = /^\s*(?:-|\d+\)|[a-z]\.)\s$/u;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

interface ListLevel {
  ordered: boolean;
  count: number;
}

/** "1)", "a.", "-": the marker of the n-th item of a list at a nesting depth, as the agenda parser reads them. */
function listMarker(level: ListLevel, depth: number): string {
  if (!level.ordered) return '-';
  return depth % 2 === 0 ? `${level.count})` : `${String.fromCharCode(96 + ((level.count - 1) % 26) + 1)}.`;
}

function hrefOf(attributes: string): string {
  return decodeEntities(/\bhref\s*=\s*"([^"]*)"/iu.exec(attributes)?.[1] ?? '');
}

export function htmlToReportText(html: string): string {
  const lines: string[] = [];
  const lists: ListLevel[] = [];
  let line = '';
  let link: { href: string; start: number } | undefined;
  // Paragraphs inside a table cell stay on the row's line, so a row reads "1<tab>Jane Doe<tab>ISOC".
  let cellDepth = 0;
  const endLine = () => {
    if (line.trim() !== '') lines.push(line.replace(/[ \t]+$/u, ''));
    line = '';
  };
  for (const match of html.matchAll(TOKEN)) {
    const [token, rawTag, attributes = ''] = match;
    if (token.startsWith('<!--')) continue;
    if (rawTag === undefined) {
      line += decodeEntities(token).replace(/\s+/gu, ' ');
      continue;
    }
    const tag = rawTag.toLowerCase();
    const closing = token.startsWith('</');
    if (tag === 'ol' || tag === 'ul') {
      endLine();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', count: 0 });
    } else if (tag === 'li' && !closing) {
      endLine();
      const level = lists.at(-1);
      if (level) {
        level.count += 1;
        line = `${'  '.repeat(lists.length - 1)}${listMarker(level, lists.length - 1)} `;
      }
    } else if (tag === 'br') {
      endLine();
    } else if (tag === 'td' || tag === 'th') {
      cellDepth = Math.max(0, cellDepth + (closing ? -1 : 1));
      if (!closing && !/^\s*$/u.test(line)) line += '\t';
    } else if (tag === 'a') {
      // A bookmark (<a id="…">) is no link; only an anchor with an address becomes "[text](address)".
      if (!closing && /\bhref\s*=/iu.test(attributes)) link = { href: hrefOf(attributes), start: line.length };
      else if (link) {
        const text = line.slice(link.start);
        line = `${line.slice(0, link.start)}[${text}](${link.href || '#'})`;
        link = undefined;
      }
    } else if (BLOCKS.has(tag)) {
      // A paragraph inside a list item continues the item's line, after its marker.
      const continuesLine = tag === 'p' && (cellDepth > 0 || (!closing && LIST_MARKER_ONLY.test(line)));
      if (!continuesLine) endLine();
    }
  }
  endLine();
  return lines.join('\n');
}
