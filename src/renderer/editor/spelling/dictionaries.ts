import type { DictionaryLanguage } from './languages';

/**
 * The hunspell dictionaries ship inside the renderer build as files of its own
 * origin (Vite copies what `new URL(…, import.meta.url)` names, here from the
 * spelling worker's bundle), so spelling works offline on every platform and
 * `connect-src 'self'` allows the worker's fetch. The packages' `exports` hide
 * these files from bare imports, hence the paths; dictionaryLicenses.ts names
 * the same packages for the licences that must travel with them.
 */
export const SOURCES: Readonly<Record<DictionaryLanguage, { aff: string; dic: string }>> = {
  'en-US': {
    aff: new URL('../../../../node_modules/dictionary-en/index.aff', import.meta.url).href,
    dic: new URL('../../../../node_modules/dictionary-en/index.dic', import.meta.url).href,
  },
  'en-GB': {
    aff: new URL('../../../../node_modules/dictionary-en-gb/index.aff', import.meta.url).href,
    dic: new URL('../../../../node_modules/dictionary-en-gb/index.dic', import.meta.url).href,
  },
  fr: {
    aff: new URL('../../../../node_modules/dictionary-fr/index.aff', import.meta.url).href,
    dic: new URL('../../../../node_modules/dictionary-fr/index.dic', import.meta.url).href,
  },
};

export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The spelling dictionary could not be read (${response.status}).`);
  return response.text();
}
