import { Document, ExternalHyperlink, HeadingLevel, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import { isRightToLeft } from '../direction';
import type { Report, ReportBlock, ReportHeading, ReportListItem, ReportRun } from '../model';
import { sanitizeText } from '../sanitize';
import { codeFont, numberingReference, reportNumbering, reportStyles, TITLE_STYLE } from './docxStyles';
import { groupRunsByLink } from './linkGroups';

/**
 * The report as a Word document object, with Word's own structure: named
 * paragraph styles, numbering definitions for every list, real hyperlinks,
 * the document language and core properties. Packing it to bytes (Packer)
 * happens outside src/shared, where Node or the browser provides the zip.
 */
export type DocumentOptions = {
  /** The rapporteur, as the file's creator. */
  author: string;
  /** The file's title; the report's own title when left out. */
  title?: string;
};

const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export function buildReportDocument(report: Report, options: DocumentOptions): Document {
  const listItems = report.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []));
  return new Document({
    creator: sanitizeText(options.author),
    lastModifiedBy: sanitizeText(options.author),
    title: sanitizeText(options.title ?? report.title),
    subject: sanitizeText(report.subject),
    styles: reportStyles(report.locale),
    numbering: reportNumbering(listItems),
    sections: [{ children: report.blocks.flatMap(blockParagraphs) }],
  });
}

function blockParagraphs(block: ReportBlock): Paragraph[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ style: TITLE_STYLE[block.role], bidirectional: block.rtl || undefined, children: runChildren([{ text: block.text }]) })];
    case 'heading':
      return [headingParagraph(block)];
    case 'paragraph':
      return [new Paragraph({ bidirectional: block.rtl || undefined, children: runChildren(block.runs) })];
    case 'list':
      return block.items.map(listParagraph);
  }
}

/** The agenda number is typed into the heading: the Discussion keeps the agenda's numbers, gaps included. */
function headingParagraph(heading: ReportHeading): Paragraph {
  const label = heading.label ? [{ text: `${heading.label} ` }] : [];
  return new Paragraph({ heading: HEADING_LEVELS[heading.level], bidirectional: heading.rtl || undefined, children: runChildren([...label, ...heading.runs]) });
}

/** Each typed list is its own numbering instance, so it counts from its own start. */
function listParagraph(item: ReportListItem): Paragraph {
  return new Paragraph({
    numbering: { reference: numberingReference(item.style, item.start), level: Math.min(item.level, 8), instance: item.listId },
    bidirectional: item.rtl || undefined,
    children: runChildren(item.runs),
  });
}

function runChildren(runs: readonly ReportRun[]): ParagraphChild[] {
  return groupRunsByLink(runs).flatMap((group): ParagraphChild[] => {
    const wordRuns = group.runs.flatMap((run) => textRuns(run, group.link !== undefined));
    return group.link === undefined ? wordRuns : [new ExternalHyperlink({ link: group.link, children: wordRuns })];
  });
}

/** One Word run per line of the text: a line break is a w:br, a tab a w:tab, never a raw control character. */
function textRuns(run: ReportRun, isLink: boolean): TextRun[] {
  const text = sanitizeText(run.text);
  return text.split('\n').map((line, index) => new TextRun({
    children: line.split('\t').flatMap((part, partIndex) => (partIndex === 0 ? [part] : [new Tab(), part])),
    break: index > 0 ? 1 : undefined,
    bold: run.bold,
    italics: run.italic,
    underline: run.underline ? {} : undefined,
    strike: run.strike,
    font: run.code ? codeFont() : undefined,
    // w:rtl makes Word read the run's neutral characters right-to-left and apply its complex-script formatting.
    rightToLeft: isRightToLeft(line) || undefined,
    style: isLink ? 'Hyperlink' : undefined,
  }));
}
