import { readFileSync } from 'node:fs';

/** The bytes of a fixture in test/fixtures/attendance/, as the app would get them from a file picker. */
export function readAttendanceFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../../../fixtures/attendance/${name}`, import.meta.url)));
}

/** Text encoded the way Teams writes it: UTF-16 LE after a byte-order mark. */
export function utf16leWithBom(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}

/** Text encoded as UTF-8, with Zoom's byte-order mark when asked. */
export function utf8(text: string, withBom = false): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from(withBom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]));
}
