import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMeetingFile } from '../../../../../src/shared/meeting/fileFormat';
import type { Meeting } from '../../../../../src/shared/meeting/schema';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../..');
export const FIXTURE_PATH = resolve(ROOT, 'test/fixtures/wg-strategy-60.minutes');
export const REFERENCE_PATH = resolve(ROOT, 'test/fixtures/reference/wg-strategy-meeting-60.txt');

/** The golden meeting, read as the app reads a .minutes file. */
export function loadFixtureMeeting(): Meeting {
  const parsed = parseMeetingFile(readFileSync(FIXTURE_PATH, 'utf8'));
  if (!parsed.ok) throw new Error(`The fixture does not parse: ${parsed.error.message}`);
  return parsed.meeting;
}

export function loadReference(): string {
  return readFileSync(REFERENCE_PATH, 'utf8');
}
