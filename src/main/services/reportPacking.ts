import { buildReport, buildReportDocument, reportToHtml, reportToMarkdown, reportToText, type ReportOptions } from '../../shared/report';
import type { Meeting } from '../../shared/meeting/schema';
import { packDocument } from './wordPackage';

export const REPORT_FORMATS = ['docx', 'html', 'md', 'txt'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/** The format a file name asks for by its extension (".markdown" and ".text" too), if any. */
export function reportFormatFromFileName(fileName: string): ReportFormat | undefined {
  const extension = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'markdown') return 'md';
  if (extension === 'text') return 'txt';
  if (extension === 'htm') return 'html';
  return extension !== undefined && isReportFormat(extension) ? extension : undefined;
}

export interface PackOptions extends ReportOptions {
  author: string;
}

/**
 * Builds the report of a meeting and packs it into the bytes of one file. The
 * report model and writers are pure (src/shared); packing the Word zip needs
 * Node's Buffer and zlib, so it happens here (wordPackage.ts), in main and in the CLI.
 */
export async function packReport(meeting: Meeting, format: ReportFormat, options: PackOptions): Promise<Uint8Array> {
  const report = buildReport(meeting, options);
  switch (format) {
    case 'docx':
      return packDocument(buildReportDocument(report, { author: options.author }));
    case 'html':
      return new TextEncoder().encode(reportToHtml(report));
    case 'md':
      return new TextEncoder().encode(reportToMarkdown(report));
    case 'txt':
      return new TextEncoder().encode(reportToText(report));
  }
}
