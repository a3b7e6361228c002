import type { DictionaryLanguage } from './languages';
import { PendingRequests } from './spellProtocol';

/** The part of a Worker the checker uses; the unit tests pass a fake that runs the worker's service in-process. */
export type SpellPort = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

function startWorker(): SpellPort {
  return new Worker(new URL('./spellWorker.ts', import.meta.url), { type: 'module', name: 'rapporteur-spelling' });
}

/** Distinct words remembered per dictionary; far beyond a meeting's vocabulary, it only bounds memory. */
const MAX_REMEMBERED = 50_000;
const MAX_SUGGESTIONS_REMEMBERED = 500;
/** Suggestions worked out ahead are for the words just typed: older ones are dropped from the queue. */
const MAX_PREFETCH_QUEUE = 4;

interface Suggestions { promise: Promise<string[]>; result?: string[] }

/**
 * A dictionary loaded in its own worker, seen from the editor: verdicts are
 * remembered (a meeting repeats the same few thousand words, so checking a
 * paragraph again is mostly map lookups), and a word not judged yet is asked
 * of the worker along with the others missing at the same moment.
 */
export class SpellChecker {
  private readonly requests: PendingRequests;
  private readonly verdicts = new Map<string, boolean>();
  /** Words asked of the worker and not answered yet, so a pass running meanwhile does not ask again. */
  private readonly asked = new Set<string>();
  private batch: string[] = [];
  private readonly suggestions = new Map<string, Suggestions>();
  private readonly prefetchQueue: string[] = [];
  private prefetching = false;
  private readonly listeners = new Set<() => void>();
  private disposed = false;

  /**
   * Starts a worker and loads `language` in it. The editor's thread only
   * creates the worker and posts one message: the load's measure records that
   * (busyMs) beside the worker's own timings.
   */
  static async load(language: DictionaryLanguage, signal: AbortSignal, start: () => SpellPort = startWorker): Promise<SpellChecker> {
    signal.throwIfAborted();
    const began = performance.now();
    const checker = new SpellChecker(language, start());
    const loaded = checker.requests.send('load', { language });
    const busyMs = performance.now() - began;
    const onAbort = () => checker.dispose(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const { stats } = await loaded;
      performance.measure(`rapporteur-spelling-load:${language}`, { start: began, detail: { busyMs: +busyMs.toFixed(1), worker: stats } });
      return checker;
    } catch (error) {
      checker.dispose(error);
      throw error;
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  constructor(readonly language: DictionaryLanguage, private readonly port: SpellPort) {
    this.requests = new PendingRequests((request) => port.postMessage(request));
    port.onmessage = (event) => {
      this.requests.settle(event.data);
    };
    port.onerror = (event) => {
      // A worker that fails to start or runs out of memory: whoever waits is told, rather than the console.
      event.preventDefault();
      this.requests.failAll(new Error(event.message || 'The spelling worker stopped.'));
    };
  }

  /** Called each time verdicts arrive: a pass that met unjudged words runs again. */
  onVerdicts(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The dictionary's verdict (case as typed), or undefined until the worker has answered for this word. */
  isCorrect(word: string): boolean | undefined {
    const known = this.verdicts.get(word);
    if (known !== undefined || this.disposed || this.asked.has(word)) return known;
    this.asked.add(word);
    this.batch.push(word);
    // A pass reads every block on screen in one synchronous go: its words leave in one message.
    if (this.batch.length === 1) queueMicrotask(() => this.askBatch());
    return undefined;
  }

  /** The dictionary's corrections, best first: tens of milliseconds, seconds for some French or capitalised words, all in the worker. */
  suggest(word: string): Promise<string[]> {
    const known = this.suggestions.get(word);
    if (known) return known.promise;
    if (this.disposed) return Promise.resolve([]);
    if (this.suggestions.size >= MAX_SUGGESTIONS_REMEMBERED) this.suggestions.clear();
    const started = performance.now();
    const entry: Suggestions = {
      promise: this.requests.send('suggest', { word }).then(({ suggestions }) => {
        performance.measure('rapporteur-spelling-suggest', { start: started });
        entry.result = suggestions;
        return suggestions;
      }, (error: unknown) => {
        this.suggestions.delete(word);
        throw error;
      }),
    };
    this.suggestions.set(word, entry);
    return entry.promise;
  }

  /** Suggestions the worker has already given, without asking. */
  knownSuggestions(word: string): string[] | undefined {
    return this.suggestions.get(word)?.result;
  }

  /**
   * Works out suggestions for words just marked, one at a time so that
   * verdicts asked meanwhile wait for one word's suggestions at most: the
   * context menu then opens with them ready.
   */
  prefetch(words: readonly string[]): void {
    for (const word of words) {
      if (!this.suggestions.has(word) && !this.prefetchQueue.includes(word)) this.prefetchQueue.push(word);
    }
    this.prefetchQueue.splice(0, Math.max(0, this.prefetchQueue.length - MAX_PREFETCH_QUEUE));
    this.prefetchNext();
  }

  /** Stops the worker, which gives its memory back at once (French: a few hundred megabytes). */
  dispose(reason: unknown = new DOMException('The spelling dictionary was closed.', 'AbortError')): void {
    if (this.disposed) return;
    this.disposed = true;
    this.port.terminate();
    this.requests.failAll(reason);
    this.listeners.clear();
    this.prefetchQueue.length = 0;
  }

  private askBatch(): void {
    const words = this.batch;
    this.batch = [];
    if (this.disposed || words.length === 0) return;
    const started = performance.now();
    const record = (wrong: ReadonlySet<string>) => {
      if (this.verdicts.size + words.length > MAX_REMEMBERED) this.verdicts.clear();
      for (const word of words) {
        this.verdicts.set(word, !wrong.has(word));
        this.asked.delete(word);
      }
      for (const listener of this.listeners) listener();
    };
    this.requests.send('check', { words }).then(({ wrong }) => {
      performance.measure('rapporteur-spelling-ask', { start: started, detail: { words: words.length } });
      record(new Set(wrong));
    }, () => {
      // Unjudged words are left unmarked rather than asked again and again.
      if (!this.disposed) record(new Set());
    });
  }

  private prefetchNext(): void {
    if (this.prefetching || this.disposed) return;
    const word = this.prefetchQueue.shift();
    if (word === undefined) return;
    this.prefetching = true;
    void this.suggest(word).catch(() => []).finally(() => {
      this.prefetching = false;
      this.prefetchNext();
    });
  }
}
