import { z } from 'zod';
import { APP_MARKER, checkDepthAndDropPrototypeKeys } from '../meeting/fileFormat';
import { groupProfileSchema, type GroupProfile } from './schema';

/** A profile file: UTF-8 JSON in an envelope like a meeting's, told apart by its `kind`. */
export const PROFILE_FILE_EXTENSION = '.rapporteur-group';
export const PROFILE_KIND = 'group-profile';
export const PROFILE_FORMAT_VERSION = 1;
/** A roster of 2000 people with aliases is far below this. */
export const MAX_PROFILE_BYTES = 8 * 1024 * 1024;

const envelopeSchema = z.strictObject({
  app: z.literal(APP_MARKER),
  kind: z.literal(PROFILE_KIND),
  formatVersion: z.number().int().min(1),
  profile: groupProfileSchema,
});

export type ParsedProfileFile = { ok: true; profile: GroupProfile } | { ok: false; message: string };

const fail = (message: string): ParsedProfileFile => ({ ok: false, message });

/** Reads a profile file's text; never throws, every problem is a sentence. */
export function parseProfileFile(text: string, byteLength = text.length): ParsedProfileFile {
  if (text.trim() === '') return fail('The file is empty: it holds no group profile.');
  if (byteLength > MAX_PROFILE_BYTES) return fail('The file is too large to be a group profile.');
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail('The file is not a group profile (it is not valid JSON).');
  }
  if (!checkDepthAndDropPrototypeKeys(data)) return fail('The file nests data deeper than any group profile does.');
  const header = (data ?? {}) as { app?: unknown; kind?: unknown; formatVersion?: unknown };
  if (header.app !== APP_MARKER || header.kind !== PROFILE_KIND) return fail('The file is not a Rapporteur group profile.');
  if (typeof header.formatVersion === 'number' && header.formatVersion > PROFILE_FORMAT_VERSION) {
    return fail(`The profile was saved by a newer Rapporteur (profile format ${header.formatVersion}); update Rapporteur to import it.`);
  }
  const checked = envelopeSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return fail(`The group profile is not valid: ${issue ? `${issue.path.join('.') || 'the top level'}: ${issue.message}` : 'unknown problem'}.`);
  }
  return { ok: true, profile: checked.data.profile };
}

export function serializeProfileFile(profile: GroupProfile): string {
  return `${JSON.stringify({ app: APP_MARKER, kind: PROFILE_KIND, formatVersion: PROFILE_FORMAT_VERSION, profile }, null, 2)}\n`;
}
