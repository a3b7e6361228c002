import nspell, { type NSpell } from 'nspell';
import { whenIdle } from './idle';
import type { DictionaryLanguage } from './languages';

/**
 * The hunspell dictionaries ship inside the renderer build as files of its own
 * origin (Vite copies what `new URL(…, import.meta.url)` names), so spelling
 * works offline on every platform and `connect-src 'self'` allows the fetch.
 * The packages' `exports` hide these files from bare imports, hence the paths.
 */
const SOURCES: Readonly<Record<DictionaryLanguage, { aff: string; dic: string }>> = {
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

/** Work per idle slice stays under this, so a keystroke arriving meanwhile waits at most about this long. */
const SLICE_BUDGET_MS = 6;
const FIRST_BATCH_LINES = 64;

async function fetchText(url: string, signal: AbortSignal): Promise<string> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`The spelling dictionary could not be read (${response.status}).`);
  return response.text();
}

/**
 * Adds a .dic file's words to `spell` a batch of lines at a time: each step
 * works for about `budgetMs` (at least one batch) and says whether lines remain.
 */
export function dictionaryFeeder(spell: NSpell, dic: string): { step(budgetMs: number): boolean } {
  // dictionary() compiles compoundRules in place from their source text; each call must start again from the
  // sources, or a second call would compile an already compiled rule into an empty pattern that accepts anything.
  const compoundSources = [...spell.compoundRules];
  const lines = dic.split('\n');
  let next = 1;
  let batch = FIRST_BATCH_LINES;
  return {
    step(budgetMs) {
      const started = performance.now();
      do {
        const batchStart = performance.now();
        spell.compoundRules = [...compoundSources];
        // The parser skips the first line (a .dic file's word count): hence the leading newline.
        spell.dictionary(`\n${lines.slice(next, next + batch).join('\n')}`);
        next += batch;
        const took = performance.now() - batchStart;
        // Lines differ widely in cost (a French verb expands to hundreds of forms): keep each batch about 2 ms.
        if (took > 3) batch = Math.max(4, batch >> 1);
        else if (took < 1) batch = Math.min(4096, batch * 2);
      } while (next < lines.length && performance.now() - started < budgetMs);
      return next < lines.length;
    },
  };
}

/**
 * Builds a checker in idle slices. nspell expands every affix of every word as
 * it reads a .dic file (en-US: 120,000 forms; French: 3 million), which takes
 * seconds in one go; fed a few dozen lines at a time, typing never waits for it.
 */
export async function loadDictionary(language: DictionaryLanguage, signal: AbortSignal): Promise<NSpell> {
  const started = performance.now();
  const [aff, dic] = await Promise.all([fetchText(SOURCES[language].aff, signal), fetchText(SOURCES[language].dic, signal)]);
  await whenIdle(signal);
  let sliceStart = performance.now();
  const spell = nspell(aff);
  const affMs = performance.now() - sliceStart;
  let busyMs = affMs;
  let longestSliceMs = affMs;
  const feeder = dictionaryFeeder(spell, dic);
  for (let more = true; more;) {
    const deadline = await whenIdle(signal);
    sliceStart = performance.now();
    more = feeder.step(Math.min(SLICE_BUDGET_MS, Math.max(0, deadline.timeRemaining() - 1)));
    const sliceMs = performance.now() - sliceStart;
    busyMs += sliceMs;
    longestSliceMs = Math.max(longestSliceMs, sliceMs);
  }
  const detail = { busyMs: Math.round(busyMs), affMs: Math.round(affMs), longestSliceMs: Math.round(longestSliceMs) };
  performance.measure(`rapporteur-spelling-load:${language}`, { start: started, detail });
  return spell;
}
