import type { SpellingLanguageChoice } from '../../../shared/bridge/contract';

/** The dictionaries shipped with the app (hunspell, through nspell; see dictionaries.ts). */
export const DICTIONARY_LANGUAGES = ['en-US', 'en-GB', 'fr'] as const;
export type DictionaryLanguage = (typeof DICTIONARY_LANGUAGES)[number];

export const LANGUAGE_NAMES: Readonly<Record<DictionaryLanguage, string>> = {
  'en-US': 'English (US)',
  'en-GB': 'English (UK)',
  fr: 'French',
};

// English as written outside North America follows British spelling.
const BRITISH_REGIONS = new Set(['gb', 'uk', 'ie', 'au', 'nz', 'za', 'in', 'mt', 'sg', 'hk']);

/** The dictionary for a meeting's locale ("en", "en-GB", "fr-CH"…), or null when none is shipped for it. */
export function dictionaryForLocale(locale: string): DictionaryLanguage | null {
  const [language = '', region = ''] = locale.trim().toLowerCase().split(/[-_]/u);
  if (language === 'en') return BRITISH_REGIONS.has(region) ? 'en-GB' : 'en-US';
  if (language === 'fr') return 'fr';
  return null;
}

/** What to check the notes against: the user's choice, or by default the meeting's language. */
export function effectiveLanguage(choice: SpellingLanguageChoice, locale: string): DictionaryLanguage | null {
  if (choice === 'off') return null;
  return choice === 'auto' ? dictionaryForLocale(locale) : choice;
}
