import { z } from 'zod';

/**
 * User preferences: small settings only. Meeting content never goes here; it lives
 * in meeting files and the recovery store, which are written verified.
 */
export const MAX_RECENT_FILES = 10;

export const windowBoundsSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean().optional(),
});

export const themeSchema = z.enum(['system', 'light', 'dark']);

const preferenceFields = {
  recentFiles: z.array(z.string().min(1).max(4096)).max(MAX_RECENT_FILES).default([]),
  windowBounds: windowBoundsSchema.optional(),
  theme: themeSchema.default('system'),
  /** Put into new meetings and report properties as the rapporteur. */
  authorName: z.string().max(200).default(''),
  /** Spelling in the notes: "auto" follows each meeting's locale. */
  spellingLanguage: z.enum(['auto', 'en-US', 'en-GB', 'fr', 'off']).default('auto'),
  /** The user's own dictionary, kept here (not in meetings) so it follows them from meeting to meeting. */
  spellingWords: z.array(z.string().min(1).max(100).regex(/^\S+$/u)).max(10_000).default([]),
};

/**
 * Loose, so keys written by a newer Rapporteur survive a round trip through an
 * older one instead of making the whole file look corrupt.
 */
export const preferencesSchema = z.looseObject(preferenceFields);

export type PreferencesData = z.output<z.ZodObject<typeof preferenceFields>>;
export type PreferenceKey = keyof PreferencesData;

export interface Preferences {
  get<K extends PreferenceKey>(key: K): PreferencesData[K];
  /** Throws on a value of the wrong shape: that is a bug in the caller, not user data. */
  set<K extends PreferenceKey>(key: K, value: PreferencesData[K]): void;
  getAll(): PreferencesData;
}

export function defaultPreferences(): PreferencesData {
  return preferencesSchema.parse({});
}

export type ParsedPreferences =
  | { ok: true; value: PreferencesData & Record<string, unknown> }
  | { ok: false; problem: string };

/** Checks data read from disk; the problem names the first few wrong fields. */
export function parsePreferences(raw: unknown): ParsedPreferences {
  const checked = preferencesSchema.safeParse(raw);
  if (checked.success) return { ok: true, value: checked.data };
  const problem = checked.error.issues.slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'the top level'}: ${issue.message}`).join('; ');
  return { ok: false, problem };
}

/** Validates one value against its field's schema, applying that field's default. */
export function checkPreference<K extends PreferenceKey>(key: K, value: PreferencesData[K]): PreferencesData[K] {
  const schema: z.ZodType = preferenceFields[key];
  return schema.parse(value) as PreferencesData[K];
}

/**
 * Preferences held in a plain object, with a hook called after every change.
 * Used on its own in tests and the CLI, and by the electron-store adapter to
 * keep reads off the disk.
 */
export function createMemoryPreferences(
  initial: Partial<PreferencesData> & Record<string, unknown> = {},
  onChange: (all: PreferencesData & Record<string, unknown>) => void = () => undefined,
): Preferences {
  const parsed = parsePreferences(initial);
  if (!parsed.ok) throw new Error(`Invalid preferences: ${parsed.problem}`);
  let current = parsed.value;
  return {
    get: (key) => structuredClone(current[key]),
    set(key, value) {
      const checked = checkPreference(key, value);
      // windowBounds is the one optional field: setting undefined clears it.
      const next = { ...current, [key]: checked };
      if (checked === undefined) delete next[key];
      current = next;
      onChange(structuredClone(current));
    },
    getAll: () => structuredClone(current),
  };
}
