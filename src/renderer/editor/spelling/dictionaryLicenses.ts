import type { DictionaryLanguage } from './languages';

/** The package each dictionary's files come from (the paths in dictionaries.ts). */
export const DICTIONARY_PACKAGES: Readonly<Record<DictionaryLanguage, string>> = {
  'en-US': 'dictionary-en',
  'en-GB': 'dictionary-en-gb',
  fr: 'dictionary-fr',
};

export interface ShippedLicense {
  /** The npm package, under node_modules. */
  package: string;
  /** Its licence file, relative to the package. */
  file: string;
  /** What of the package the app carries, for the licences' index. */
  ships: string;
}

/**
 * Third-party files spell checking puts in the app, each with the licence that
 * must go with it: the word lists are not the app's own work (SCOWL's terms
 * for English, MPL-2.0 for French), and nspell is bundled into the worker. The
 * renderer build copies each into licenses/ (scripts/vite/shipLicenses.ts).
 */
export const SPELLING_LICENSES: readonly ShippedLicense[] = [
  { package: 'dictionary-en', file: 'license', ships: 'the English (US) spelling dictionary (index.aff, index.dic)' },
  { package: 'dictionary-en-gb', file: 'license', ships: 'the English (UK) spelling dictionary (index.aff, index.dic)' },
  { package: 'dictionary-fr', file: 'license', ships: 'the French spelling dictionary (index.aff, index.dic)' },
  { package: 'nspell', file: 'license', ships: 'the spelling engine, bundled into the spelling worker' },
];
