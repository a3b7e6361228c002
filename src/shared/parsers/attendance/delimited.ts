import Papa from 'papaparse/papaparse.js';

export interface DelimitedTable {
  /** Every line as its cells, blank lines included (as a single empty cell): they separate the sections of a Teams report. */
  rows: string[][];
  problems: string[];
}

/** Splits comma- or tab-separated text into cells, honouring quotes, with Papa Parse. */
export function parseDelimited(text: string, delimiter: ',' | '\t'): DelimitedTable {
  const result = Papa.parse(text, { delimiter, skipEmptyLines: false });
  const problems = result.errors.map((error) => (error.row === undefined ? error.message : `Row ${error.row + 1}: ${error.message}`));
  return { rows: result.data, problems };
}

/** Whether a row holds nothing but empty cells. */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/** The index of each wanted column in a header row, matched case- and space-insensitively. */
export function columnIndex(header: readonly string[], ...names: string[]): number | undefined {
  const wanted = new Set(names.map(headerKey));
  const index = header.findIndex((cell) => wanted.has(headerKey(cell)));
  return index < 0 ? undefined : index;
}

/** A header cell as compared: lower case, single spaces, no BOM or surrounding quotes. */
export function headerKey(cell: string): string {
  return cell.replace(/^\uFEFF/u, '').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** The trimmed cell at an optional index, or undefined when missing or empty. */
export function cellAt(row: readonly string[], index: number | undefined): string | undefined {
  if (index === undefined) return undefined;
  const cell = row[index]?.trim();
  return cell === undefined || cell === '' ? undefined : cell;
}
