import type { MeetingTarget } from '../../shared/autosave/contract';
import { encodeBlocks, type MeetingChanges } from '../../shared/autosave/notesBlocks';
import { sameTarget } from './meetingTarget';

/** The meeting in the parts an autosave of changes is built from (meetingJson.ts). */
export interface MeetingParts {
  head: string;
  blocks: string[];
}

/** The last save main answered, so the next one sends only the blocks that changed since. */
interface Received {
  target: MeetingTarget;
  id: string;
  /** Its blocks' texts, in order. */
  blocks: readonly string[];
}

let received: Received | null = null;
let count = 0;
// Names this window's saves apart from another window's, or a reloaded one's, that main may still hold.
const windowPrefix = Math.random().toString(36).slice(2, 10) || 'window';

/** The changes since the last save main answered for `target`; `whole` (or no such save) sends every block. */
export function changesSinceReceived(target: MeetingTarget, parts: MeetingParts, options: { whole?: boolean } = {}): MeetingChanges {
  const base = !options.whole && received && sameTarget(received.target, target) ? received : null;
  count += 1;
  return { id: `${windowPrefix}-${count}`, base: base?.id ?? null, head: parts.head, blocks: encodeBlocks(parts.blocks, base?.blocks ?? null) };
}

/** Main answered `changes`: they are what it holds for `target` now. */
export function noteReceived(target: MeetingTarget, changes: MeetingChanges, parts: MeetingParts): void {
  received = { target, id: changes.id, blocks: parts.blocks };
}

/** The last request failed, or went another way: main may not hold what the next save would build on. */
export function forgetReceived(): void {
  received = null;
}
