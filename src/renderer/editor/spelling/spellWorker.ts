/**
 * The spelling worker: holds one nspell dictionary and answers the editor's
 * requests (spellProtocol.ts). Building a dictionary costs seconds of CPU
 * (French: over ten) and hundreds of megabytes; here it never delays a keystroke.
 */
import type { SpellAnswer } from './spellProtocol';
import { createSpellService } from './spellService';

// The renderer's TypeScript project has the DOM's types, not a worker's: only these two members are used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(answer: SpellAnswer): void;
};

const service = createSpellService();
scope.onmessage = (event) => {
  void service.handle(event.data).then((answer) => scope.postMessage(answer));
};
