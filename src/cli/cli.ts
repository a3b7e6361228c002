import { parseArgs } from 'node:util';
import { syncFileSystem } from './syncFileSystem';
import { CliError, runExport } from './exportCommand';

const USAGE = `Usage: rapporteur export <meeting.minutes> --out <file> [--format docx|md|txt|html]
                         [--author <name>] [--include-items-without-notes] [--include-apologies]

Writes the meeting's summary report. The format defaults from the extension of --out.`;

declare const RAPPORTEUR_VERSION: string | undefined;

/** Runs the command line; returns the exit code. Errors are one line on stderr, never a stack trace. */
export async function runCli(argv: readonly string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        author: { type: 'string' },
        'include-items-without-notes': { type: 'boolean' },
        'include-apologies': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (values.version) {
      process.stdout.write(`${typeof RAPPORTEUR_VERSION === 'string' ? RAPPORTEUR_VERSION : 'dev'}\n`);
      return 0;
    }
    const [command, input, ...extra] = positionals;
    if (command !== 'export') throw new CliError(command === undefined ? 'No command given: try `rapporteur export <meeting.minutes> --out report.docx`.' : `Unknown command "${command}": the only command is "export".`);
    if (input === undefined) throw new CliError('No meeting file given: `rapporteur export <meeting.minutes> --out report.docx`.');
    if (extra.length > 0) throw new CliError(`Unexpected argument "${extra[0]}": export takes one meeting file.`);
    if (values.out === undefined) throw new CliError('No output file given: add --out <file> (e.g. --out report.docx).');
    const result = await runExport(syncFileSystem, {
      input, out: values.out, format: values.format, author: values.author,
      includeItemsWithoutNotes: values['include-items-without-notes'], includeApologies: values['include-apologies'],
    });
    process.stdout.write(`Wrote ${result.path} (${result.format}, ${result.bytes} bytes).\n`);
    return 0;
  } catch (error) {
    const message = error instanceof CliError || (error instanceof Error && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      ? error.message
      : `Export failed: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`rapporteur: ${message.split('\n')[0]}\n`);
    return 1;
  }
}

