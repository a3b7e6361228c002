import { basename, dirname } from 'node:path';
import type { ExportResult } from '../../shared/bridge/contract';
import type { Meeting } from '../../shared/meeting/schema';
import type { FileSystem } from '../services/fileSystem';
import { packReport, type PackOptions, type ReportFormat } from '../services/reportPacking';
import { SaveError, writeFileVerified } from '../services/safeWrite';

export interface ReportExporter {
  exportTo(path: string, meeting: Meeting, format: ReportFormat, options: Omit<PackOptions, 'author'>): Promise<ExportResult>;
}

/** Packs the report and writes it through the verified save function; a failure names the reason and leaves no partial file. */
export function createReportExporter(deps: { fs: FileSystem; authorName: () => string }): ReportExporter {
  return {
    async exportTo(path, meeting, format, options) {
      try {
        const bytes = await packReport(meeting, format, { ...options, author: deps.authorName() });
        await writeFileVerified(deps.fs, path, bytes, { reassurance: 'the report was not written; your notes are not affected' });
      } catch (error) {
        if (error instanceof SaveError) return { status: 'failed', message: error.message };
        return { status: 'failed', message: `The report could not be written: ${error instanceof Error ? error.message : String(error)}` };
      }
      return { status: 'exported', fileName: basename(path), folder: dirname(path) };
    },
  };
}
