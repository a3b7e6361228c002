import { describe, expect, it, vi } from 'vitest';
import { SpellChecker, type SpellPort } from '../../../../../src/renderer/editor/spelling/spellChecker';
import type { SpellRequest } from '../../../../../src/renderer/editor/spelling/spellProtocol';
import { createSpellService } from '../../../../../src/renderer/editor/spelling/spellService';

const AFF = 'SET UTF-8\nTRY esianrtolcdugmphbyfvkwzESIANRTOLCDUGMPHBYFVKWZ\n';
const DIC = '4\nthe\nreport\nreceived\nmeeting\n';

/** A Worker stand-in that runs the worker's own service in-process and answers asynchronously, as a worker does. */
function fakeWorker(read: (url: string) => Promise<string> = async (url) => (url.endsWith('.aff') ? AFF : DIC)) {
  const service = createSpellService(read);
  const requests: SpellRequest[] = [];
  const port = {
    onmessage: null, onerror: null, terminated: false,
    postMessage(request: SpellRequest) {
      requests.push(request);
      void service.handle(request).then((data) => setTimeout(() => port.onmessage?.call(port as never, { data } as MessageEvent)));
    },
    terminate() {
      port.terminated = true;
    },
  } as SpellPort & { terminated: boolean };
  return { port, requests };
}

const nextVerdicts = (checker: SpellChecker) => new Promise<void>((resolve) => {
  const stop = checker.onVerdicts(() => {
    stop();
    resolve();
  });
});

async function loaded() {
  const worker = fakeWorker();
  const checker = await SpellChecker.load('en-US', new AbortController().signal, () => worker.port);
  return { ...worker, checker };
}

describe('SpellChecker', () => {
  it('loads in the worker and leaves a measure of the cost to the editor thread and to the worker', async () => {
    const { requests } = await loaded();
    expect(requests).toEqual([{ id: 1, call: 'load', language: 'en-US' }]);
    const [measure] = performance.getEntriesByName('rapporteur-spelling-load:en-US') as PerformanceMeasure[];
    expect(measure?.detail).toMatchObject({ busyMs: expect.any(Number), worker: { fetchMs: expect.any(Number), affMs: expect.any(Number), dicMs: expect.any(Number) } });
  });

  it('asks the words it has no verdict for in one message, once, and remembers the answers', async () => {
    const { checker, requests } = await loaded();
    expect(['the', 'teh', 'report', 'teh'].map((word) => checker.isCorrect(word))).toEqual([undefined, undefined, undefined, undefined]);
    const answered = nextVerdicts(checker);
    // Asked again before the answer: not sent twice.
    expect(checker.isCorrect('teh')).toBeUndefined();
    await answered;
    expect(requests.slice(1)).toEqual([{ id: 2, call: 'check', words: ['the', 'teh', 'report'] }]);
    expect(['the', 'teh', 'report'].map((word) => checker.isCorrect(word))).toEqual([true, false, true]);
    expect(requests).toHaveLength(2);
  });

  it('gives suggestions from the worker, asking once per word', async () => {
    const { checker, requests } = await loaded();
    expect(checker.knownSuggestions('recieved')).toBeUndefined();
    const [first, second] = await Promise.all([checker.suggest('recieved'), checker.suggest('recieved')]);
    expect(first).toEqual(['received']);
    expect(second).toBe(first);
    expect(checker.knownSuggestions('recieved')).toEqual(['received']);
    expect(requests.filter((request) => request.call === 'suggest')).toHaveLength(1);
  });

  it('works out suggestions ahead one word at a time, for the latest words only', async () => {
    const { checker, requests } = await loaded();
    checker.prefetch(['teh', 'recieved', 'meting', 'reprot', 'recived', 'thr']);
    const suggested = () => requests.flatMap((request) => (request.call === 'suggest' ? [request.word] : []));
    // The four latest words are kept, and one request is in flight at a time.
    expect(suggested()).toEqual(['meting']);
    await vi.waitFor(() => expect(checker.knownSuggestions('thr')).toBeDefined());
    expect(suggested()).toEqual(['meting', 'reprot', 'recived', 'thr']);
    expect(checker.knownSuggestions('meting')).toEqual(['meeting']);
  });

  it('stops its worker when disposed: open requests fail as aborted, nothing more is sent', async () => {
    const { checker, port, requests } = await loaded();
    const suggestion = checker.suggest('teh');
    checker.dispose();
    expect(port.terminated).toBe(true);
    await expect(suggestion).rejects.toMatchObject({ name: 'AbortError' });
    expect(checker.isCorrect('the')).toBeUndefined();
    await expect(checker.suggest('recieved')).resolves.toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(requests.map((request) => request.call)).toEqual(['load', 'suggest']);
  });

  it('stops a load no longer wanted with its worker', async () => {
    const worker = fakeWorker(() => new Promise(() => undefined));
    const controller = new AbortController();
    const loading = SpellChecker.load('fr', controller.signal, () => worker.port);
    controller.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.port.terminated).toBe(true);
  });

  it('fails the load when the dictionary cannot be read or the worker dies', async () => {
    const missing = fakeWorker(async () => {
      throw new Error('The spelling dictionary could not be read (404).');
    });
    await expect(SpellChecker.load('en-GB', new AbortController().signal, () => missing.port)).rejects.toThrow('could not be read (404)');
    expect(missing.port.terminated).toBe(true);

    const dying = fakeWorker(() => new Promise(() => undefined));
    const loading = SpellChecker.load('fr', new AbortController().signal, () => dying.port);
    dying.port.onerror?.call(dying.port as never, { message: 'Out of memory', preventDefault: () => undefined } as ErrorEvent);
    await expect(loading).rejects.toThrow('Out of memory');
  });
});
