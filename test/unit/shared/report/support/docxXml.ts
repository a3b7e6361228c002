import { Packer, type Document } from 'docx';
import JSZip from 'jszip';

/**
 * Reads back what Word would read: packs a Document, unzips it and walks the
 * XML parts with regular expressions. Enough for the flat documents the report
 * writer makes (paragraphs only, no tables or text boxes).
 */
export type DocxHyperlink = { text: string; target: string; external: boolean };
export type DocxParagraph = {
  style: string | undefined;
  numId: string | undefined;
  level: number | undefined;
  bidi: boolean;
  text: string;
  hyperlinks: DocxHyperlink[];
  xml: string;
};
export type NumberingLevel = { format: string; text: string };
export type DocxParts = {
  paragraphs: DocxParagraph[];
  /** numId → its levels, resolved through the abstract numbering. */
  numbering: Map<string, NumberingLevel[]>;
  documentXml: string;
  stylesXml: string;
  coreXml: string;
  bytes: number;
};

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
export const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity]!);

const attribute = (xml: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];

export async function readDocx(document: Document): Promise<DocxParts> {
  const buffer = await Packer.toBuffer(document);
  const zip = await JSZip.loadAsync(buffer);
  const part = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const documentXml = await part('word/document.xml');
  const relationships = parseRelationships(await part('word/_rels/document.xml.rels'));
  return {
    paragraphs: parseParagraphs(documentXml, relationships),
    numbering: parseNumbering(await part('word/numbering.xml')),
    documentXml,
    stylesXml: await part('word/styles.xml'),
    coreXml: await part('docProps/core.xml'),
    bytes: buffer.length,
  };
}

function parseRelationships(xml: string): Map<string, { target: string; external: boolean }> {
  const relationships = new Map<string, { target: string; external: boolean }>();
  for (const match of xml.matchAll(/<Relationship\s([^>]*?)\/>/g)) {
    const attributes = match[1]!;
    relationships.set(attribute(attributes, 'Id')!, {
      target: unescapeXml(attribute(attributes, 'Target') ?? ''),
      external: attribute(attributes, 'TargetMode') === 'External',
    });
  }
  return relationships;
}

function parseParagraphs(xml: string, relationships: Map<string, { target: string; external: boolean }>): DocxParagraph[] {
  const body = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('</w:body>'));
  return Array.from(body.matchAll(/<w:p(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/w:p>)/g), (match) => {
    const content = match[1] ?? '';
    const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(content)?.[1] ?? '';
    const level = /<w:ilvl w:val="(\d+)"\/>/.exec(properties)?.[1];
    return {
      style: /<w:pStyle w:val="([^"]+)"\/>/.exec(properties)?.[1],
      numId: /<w:numId w:val="(\d+)"\/>/.exec(properties)?.[1],
      level: level === undefined ? undefined : Number(level),
      bidi: /<w:bidi\/>/.test(properties),
      ...paragraphText(content, relationships),
      xml: content,
    };
  });
}

/** The paragraph's text (w:br as "\n", w:tab as "\t") and its hyperlinks with their relationship targets. */
function paragraphText(content: string, relationships: Map<string, { target: string; external: boolean }>) {
  let text = '';
  const hyperlinks: DocxHyperlink[] = [];
  let open: DocxHyperlink | undefined;
  const tokens = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>|<w:hyperlink\s([^>]*)>|<\/w:hyperlink>/g;
  for (const token of content.matchAll(tokens)) {
    const [whole, runText, hyperlinkAttributes] = token;
    if (runText !== undefined) {
      text += unescapeXml(runText);
      if (open) open.text += unescapeXml(runText);
    } else if (whole === '<w:br/>') text += '\n';
    else if (whole === '<w:tab/>') text += '\t';
    else if (hyperlinkAttributes !== undefined) {
      const relationship = relationships.get(attribute(hyperlinkAttributes, 'r:id') ?? '');
      open = { text: '', target: relationship?.target ?? '', external: relationship?.external ?? false };
      hyperlinks.push(open);
    } else open = undefined;
  }
  return { text, hyperlinks };
}

function parseNumbering(xml: string): Map<string, NumberingLevel[]> {
  const abstracts = new Map<string, NumberingLevel[]>();
  for (const match of xml.matchAll(/<w:abstractNum\s[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = Array.from(match[2]!.matchAll(/<w:lvl\s[^>]*>([\s\S]*?)<\/w:lvl>/g), (level) => ({
      format: /<w:numFmt w:val="([^"]+)"/.exec(level[1]!)?.[1] ?? '',
      text: unescapeXml(/<w:lvlText w:val="([^"]*)"/.exec(level[1]!)?.[1] ?? ''),
    }));
    abstracts.set(match[1]!, levels);
  }
  const numbering = new Map<string, NumberingLevel[]>();
  for (const match of xml.matchAll(/<w:num w:numId="(\d+)"[^>]*>\s*<w:abstractNumId w:val="(\d+)"\/>/g)) {
    numbering.set(match[1]!, abstracts.get(match[2]!) ?? []);
  }
  return numbering;
}
