/** The summary report: build it from a meeting once, then write it in any format. */
export { buildReport } from './buildReport';
export type { Report, ReportBlock, ReportOptions, ReportRun, ReportList, ReportListItem, ReportHeading, ReportParagraph, TitleLine } from './model';
export { DEFAULT_TEMPLATES, fillTemplate } from './templates';
export { buildReportDocument, type DocumentOptions } from './writers/docx';
export { reportToHtml } from './writers/html';
export { reportToMarkdown } from './writers/markdown';
export { reportToText } from './writers/text';
