import { basename } from 'node:path';
import mammoth from 'mammoth';
import { htmlToReportText } from '../../shared/parsers/reportImport/htmlText';
import type { FileSystem } from './fileSystem';

/** A Word report is a few hundred kilobytes; a much larger file is refused before it is read. */
const MAX_DOCX_BYTES = 50 * 1024 * 1024;

export type ReadReportResult = { ok: true; fileName: string; text: string } | { ok: false; message: string };

/**
 * The text of a previous report in Word format, in the layout the report
 * importer reads: mammoth turns the document into simple HTML (paragraphs,
 * Word lists, tables, links), which keeps list numbers and link addresses that
 * a raw text extraction would lose.
 */
export async function readReportDocx(fs: FileSystem, path: string): Promise<ReadReportResult> {
  const fileName = basename(path);
  try {
    const stats = await fs.stat(path);
    if (!stats.isFile()) return { ok: false, message: `"${fileName}" is not a file.` };
    if (stats.size > MAX_DOCX_BYTES) return { ok: false, message: `"${fileName}" is too large to be a report.` };
    const buffer = Buffer.from(await fs.readFile(path));
    const { value: html } = await mammoth.convertToHtml({ buffer });
    const text = htmlToReportText(html);
    if (text.trim() === '') return { ok: false, message: `"${fileName}" holds no text to import.` };
    return { ok: true, fileName, text };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, message: `"${fileName}" could not be read as a Word document (.docx): ${detail}.` };
  }
}
