import { create } from 'zustand';
import { useMeetingStore } from '../store/meetingStore';

/**
 * How long the notes must stay saved before the "•" unsaved mark goes. While
 * someone types, autosave clears `dirty` every ~0.7 s and the next key sets it
 * again: followed as is, the mark and the window title would flicker, and each
 * flip would cost a re-render and a title change in the middle of typing.
 */
export const DIRTY_MARK_SETTLE_MS = 1000;

export interface SettleClock {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

/** A flag that turns on at once but off only after staying off `settleMs` (or at once when told to). */
export function createSettledFlag(initial: boolean, settleMs: number, clock: SettleClock, publish: (value: boolean) => void) {
  let shown = initial;
  let timer: unknown = null;
  const show = (value: boolean) => {
    if (shown === value) return;
    shown = value;
    publish(value);
  };
  return {
    set(value: boolean, immediately = false): void {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      if (value || immediately || !shown) {
        show(value);
        return;
      }
      timer = clock.setTimeout(() => {
        timer = null;
        show(false);
      }, settleMs);
    },
    dispose(): void {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}

/** Whether the window shows the meeting as having unsaved changes (`dirty`, settled as above). */
export const useDirtyMark = create<{ shown: boolean }>()(() => ({ shown: useMeetingStore.getState().dirty }));

const flag = createSettledFlag(useDirtyMark.getState().shown, DIRTY_MARK_SETTLE_MS, {
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (timer) => window.clearTimeout(timer as number),
}, (shown) => useDirtyMark.setState({ shown }));

// Another meeting (or a file opened) is told at once: the settling only covers the autosave cycle.
useMeetingStore.subscribe((state, previous) => {
  if (state.session !== previous.session) flag.set(state.dirty, true);
  else if (state.dirty !== previous.dirty) flag.set(state.dirty);
});
