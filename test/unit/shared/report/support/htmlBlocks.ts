const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The text of each block-level element of the body (headings, paragraphs, list
 * items), in document order: what a reader sees as separate paragraphs. A list
 * item's text stops where a nested list starts.
 */
export function htmlBlockTexts(html: string): string[] {
  const body = html.slice(html.indexOf('<body>'), html.indexOf('</body>'));
  const blockTag = /<(h[1-6]|p|li)(?:\s[^>]*)?>/g;
  const texts: string[] = [];
  for (const match of body.matchAll(blockTag)) {
    const rest = body.slice(match.index + match[0].length);
    const end = rest.search(/<\/?(?:h[1-6]|p|li|ol|ul)[\s>]/);
    texts.push(inlineText(end < 0 ? rest : rest.slice(0, end)));
  }
  return texts;
}

const unescapeHtml = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);

function inlineText(html: string): string {
  return unescapeHtml(html.replace(/<br>/g, '\n').replace(/<[^>]+>/g, ''));
}

/** Every live link of the document: its address and text. */
export function htmlLinks(html: string): Array<{ href: string; text: string }> {
  return Array.from(html.matchAll(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g), (match) => ({
    href: unescapeHtml(match[1]!),
    text: inlineText(match[2]!),
  }));
}
