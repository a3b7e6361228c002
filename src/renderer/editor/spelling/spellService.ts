import nspell, { type NSpell } from 'nspell';
import { fetchText, SOURCES } from './dictionaries';
import type { DictionaryLanguage } from './languages';
import { isSpellRequest, type LoadStats, type SpellAnswer, type SpellRequest } from './spellProtocol';

/**
 * What the spelling worker does with each request, apart from the Worker
 * plumbing (spellWorker.ts), so it runs in the unit tests too. One service
 * holds one dictionary: switching languages starts a new worker, which is also
 * how a load no longer wanted is stopped and its memory given back at once.
 */
export function createSpellService(read: (url: string) => Promise<string> = fetchText) {
  let loading: Promise<NSpell> | null = null;

  async function build(language: DictionaryLanguage): Promise<{ spell: NSpell; stats: LoadStats }> {
    let started = performance.now();
    const [aff, dic] = await Promise.all([read(SOURCES[language].aff), read(SOURCES[language].dic)]);
    const fetchMs = performance.now() - started;
    started = performance.now();
    const spell = nspell(aff);
    const affMs = performance.now() - started;
    started = performance.now();
    // In one go: nothing else needs this thread, and the editor's thread is not this one.
    spell.dictionary(dic);
    const dicMs = performance.now() - started;
    return { spell, stats: { fetchMs: Math.round(fetchMs), affMs: Math.round(affMs), dicMs: Math.round(dicMs) } };
  }

  async function load(language: DictionaryLanguage): Promise<LoadStats> {
    if (loading) throw new Error('This spelling worker already has a dictionary.');
    const built = build(language);
    loading = built.then(({ spell }) => spell);
    // Requests that arrive meanwhile wait on `loading`: should the load fail, they fail with it, not as an unhandled rejection.
    loading.catch(() => undefined);
    return (await built).stats;
  }

  async function ready(): Promise<NSpell> {
    if (!loading) throw new Error('No spelling dictionary was asked for.');
    return loading;
  }

  async function answer(request: SpellRequest): Promise<SpellAnswer> {
    const { id } = request;
    switch (request.call) {
      case 'load': return { id, call: 'load', ok: true, stats: await load(request.language) };
      case 'check': {
        const spell = await ready();
        return { id, call: 'check', ok: true, wrong: request.words.filter((word) => !spell.correct(word)) };
      }
      case 'suggest': return { id, call: 'suggest', ok: true, suggestions: (await ready()).suggest(request.word) };
    }
  }

  return {
    /** Always an answer, never a throw: the editor waits on every request's id. */
    async handle(message: unknown): Promise<SpellAnswer> {
      if (!isSpellRequest(message)) {
        const id = typeof message === 'object' && message !== null && Number.isSafeInteger((message as { id?: unknown }).id) ? (message as { id: number }).id : -1;
        return { id, ok: false, message: 'The spelling worker got a request it does not understand.' };
      }
      try {
        return await answer(message);
      } catch (error) {
        return { id: message.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
