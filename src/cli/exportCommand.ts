import { resolve } from 'node:path';
import type { FileSystem } from '../main/services/fileSystem';
import { readMeetingFile } from '../main/services/meetingFiles';
import { isReportFormat, packReport, REPORT_FORMATS, reportFormatFromFileName, type ReportFormat } from '../main/services/reportPacking';
import { SaveError, writeFileVerified } from '../main/services/safeWrite';

export class CliError extends Error {
  override readonly name = 'CliError';
}

export interface ExportArguments {
  input: string;
  out: string;
  format?: string | undefined;
  author?: string | undefined;
  includeItemsWithoutNotes?: boolean | undefined;
  includeApologies?: boolean | undefined;
}

function chooseFormat(out: string, requested: string | undefined): ReportFormat {
  if (requested !== undefined) {
    const format = requested.toLowerCase();
    if (!isReportFormat(format)) throw new CliError(`Unknown format "${requested}": use one of ${REPORT_FORMATS.join(', ')}.`);
    return format;
  }
  const fromName = reportFormatFromFileName(out);
  if (!fromName) throw new CliError(`Cannot tell the format from "${out}": give --format (${REPORT_FORMATS.join(', ')}) or an --out name ending in .docx, .md, .txt or .html.`);
  return fromName;
}

/**
 * `rapporteur export <meeting.minutes> --out <file>`: the same report as the
 * app's export. The output is written through the verified save function, so a
 * failure leaves no partial file behind.
 */
export async function runExport(fs: FileSystem, args: ExportArguments): Promise<{ path: string; format: ReportFormat; bytes: number }> {
  const format = chooseFormat(args.out, args.format);
  const input = resolve(args.input);
  const opened = await readMeetingFile(fs, input);
  if (!opened.ok) throw new CliError(opened.error.message);
  const bytes = await packReport(opened.meeting, format, {
    author: args.author ?? '',
    ...(args.includeItemsWithoutNotes ? { includeItemsWithoutNotes: true } : {}),
    ...(args.includeApologies ? { includeApologies: true } : {}),
  });
  const path = resolve(args.out);
  try {
    await writeFileVerified(fs, path, bytes, { reassurance: 'no report file was written' });
  } catch (error) {
    if (error instanceof SaveError) throw new CliError(error.message);
    throw error;
  }
  return { path, format, bytes: bytes.byteLength };
}
