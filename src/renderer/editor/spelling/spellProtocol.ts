import { DICTIONARY_LANGUAGES, type DictionaryLanguage } from './languages';

/** How long each step of loading a dictionary took in the worker, in milliseconds. */
export interface LoadStats {
  fetchMs: number;
  /** Reading the affix rules. */
  affMs: number;
  /** Expanding every word of the .dic file with its affixes: nearly all of the cost. */
  dicMs: number;
}

/** What the editor can ask of the spelling worker, and what each answer carries. */
export interface SpellCalls {
  load: { request: { language: DictionaryLanguage }; answer: { stats: LoadStats } };
  /** The answer lists the words the dictionary does not know; every other word asked is correct. */
  check: { request: { words: string[] }; answer: { wrong: string[] } };
  suggest: { request: { word: string }; answer: { suggestions: string[] } };
}
export type SpellCall = keyof SpellCalls;

export type SpellRequest = { [K in SpellCall]: { id: number; call: K } & SpellCalls[K]['request'] }[SpellCall];
export type SpellAnswer =
  | { [K in SpellCall]: { id: number; call: K; ok: true } & SpellCalls[K]['answer'] }[SpellCall]
  | { id: number; ok: false; message: string };

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The worker checks what arrives, so a malformed message gets an error answer rather than a throw in nspell. */
export function isSpellRequest(value: unknown): value is SpellRequest {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (!Number.isSafeInteger(message.id)) return false;
  switch (message.call) {
    case 'load': return (DICTIONARY_LANGUAGES as readonly unknown[]).includes(message.language);
    case 'check': return isStrings(message.words);
    case 'suggest': return typeof message.word === 'string';
    default: return false;
  }
}

interface Waiting { call: SpellCall; resolve(answer: SpellAnswer): void; reject(error: unknown): void }

/**
 * The editor's side of the conversation: numbers each request, and settles
 * its promise with the answer bearing the same number, whatever the order
 * answers come back in. Pure, so it is tested without a Worker.
 */
export class PendingRequests {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly post: (request: SpellRequest) => void) {}

  get size(): number {
    return this.waiting.size;
  }

  send<K extends SpellCall>(call: K, body: SpellCalls[K]['request']): Promise<SpellCalls[K]['answer']> {
    const id = this.nextId;
    this.nextId += 1;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { call, resolve: resolve as (answer: SpellAnswer) => void, reject });
      this.post({ id, call, ...body } as SpellRequest);
    });
  }

  /** Settles the request an answer is for; false for an answer nobody waits for (or one of the wrong kind). */
  settle(answer: unknown): boolean {
    if (typeof answer !== 'object' || answer === null) return false;
    const { id, ok } = answer as { id?: unknown; ok?: unknown };
    const waiting = typeof id === 'number' ? this.waiting.get(id) : undefined;
    if (!waiting) return false;
    if (ok === true && (answer as { call?: unknown }).call !== waiting.call) return false;
    this.waiting.delete(id as number);
    if (ok === true) waiting.resolve(answer as SpellAnswer);
    else waiting.reject(new Error(String((answer as { message?: unknown }).message ?? 'The spelling worker failed.')));
    return true;
  }

  /** Every open request fails with `reason`: the worker stopped, or was stopped. */
  failAll(reason: unknown): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const request of waiting) request.reject(reason);
  }
}
