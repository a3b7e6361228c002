// TextDecoder is a global in browsers, Electron and Node; declared here so src/shared needs neither DOM nor Node types.
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(input?: Uint8Array): string };

export type ReportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedReport {
  text: string;
  encoding: ReportEncoding;
  warnings: string[];
}

const SNIFF_LENGTH = 512;

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** UTF-16 without a byte-order mark shows as ASCII text with a zero byte after (LE) or before (BE) every character. */
function sniffUtf16(bytes: Uint8Array): ReportEncoding | undefined {
  const length = Math.min(bytes.length - (bytes.length % 2), SNIFF_LENGTH);
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let index = 0; index < length; index += 1) {
    if (bytes[index] !== 0) continue;
    if (index % 2 === 0) zerosAtEven += 1;
    else zerosAtOdd += 1;
  }
  const pairs = length / 2;
  if (pairs === 0) return undefined;
  if (zerosAtOdd > pairs * 0.4 && zerosAtEven === 0) return 'utf-16le';
  if (zerosAtEven > pairs * 0.4 && zerosAtOdd === 0) return 'utf-16be';
  return undefined;
}

function encodingOf(bytes: Uint8Array): ReportEncoding | undefined {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return 'utf-8';
  if (startsWith(bytes, 0xff, 0xfe)) return 'utf-16le';
  if (startsWith(bytes, 0xfe, 0xff)) return 'utf-16be';
  return sniffUtf16(bytes);
}

/**
 * The text of an attendance report file. Teams writes UTF-16 LE with a byte-order mark,
 * Zoom UTF-8 with or without one; a file that is not valid UTF-8 was most likely re-saved
 * by Excel on Windows and is read as Windows-1252, with a warning.
 */
export function decodeReport(bytes: Uint8Array): DecodedReport {
  const known = encodingOf(bytes);
  if (known) return { text: new TextDecoder(known).decode(bytes).replace(/^\uFEFF/u, ''), encoding: known, warnings: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    const warning = 'The file is not UTF-8; it was read as Windows-1252 (Western European). Check accented names.';
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', warnings: [warning] };
  }
}
