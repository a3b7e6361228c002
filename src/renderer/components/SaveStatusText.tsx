import { useLayoutEffect, useRef } from 'react';
import { useMeetingStore, type SaveStatus } from '../store/meetingStore';

function ago(iso: string, now: number): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 5) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min ago` : new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** The exact time of the last save, on hover: "Saved 3 min ago" is not enough to match a recording. */
function savedAtTitle(status: SaveStatus): string | undefined {
  if (status.kind !== 'saved' && status.kind !== 'draft' && status.kind !== 'recoveryOnly' && status.kind !== 'readOnlyFile') return undefined;
  return `${status.kind === 'saved' ? 'Saved' : status.kind === 'draft' ? 'Kept as a draft' : 'Kept in recovery'} at ${new Date(status.at).toLocaleTimeString()}`;
}

/** Never hides whether the notes are safe. */
export function describeSaveStatus(status: SaveStatus, readOnly: boolean, now: number): string {
  if (readOnly) return 'Read-only: save a copy to edit';
  switch (status.kind) {
    case 'untitled': return 'Untitled: kept as a draft as you type; Save to choose a file';
    case 'unsaved': return 'Unsaved changes';
    case 'saving': return 'Saving…';
    case 'saved': return `Saved ${ago(status.at, now)}`;
    case 'failed': return `Not saved: ${status.message}`;
    case 'draft': return `Kept as a draft ${ago(status.at, now)}: Save to choose a file`;
    case 'recoveryOnly': return `Kept in recovery only: ${status.message}`;
    case 'readOnlyFile': return `Read-only: ${status.message}`;
    case 'notSavedAnywhere': return `Not saved anywhere: ${status.message}`;
  }
}

/**
 * The save status, written straight into its element: autosave changes it
 * about once a second while someone types, and "5 s ago" ticks on its own.
 * Any React commit while the caret is in the notes costs a walk over the
 * notes' DOM up to the caret (React saves the selection around every commit),
 * several milliseconds in a long meeting, so these updates stay out of React.
 */
export function SaveStatusText() {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const span = ref.current!;
    // The hover title is written when the pointer comes onto the status, not after every save: autosave
    // changes it about once a second while someone types, and each time formatting the time and setting the
    // attribute was a task beside the keys (the first format in a window also costs the locale's data).
    const writeTitle = () => {
      const title = savedAtTitle(useMeetingStore.getState().saveStatus);
      if (title === undefined) span.removeAttribute('title');
      else if (span.title !== title) span.title = title;
    };
    span.addEventListener('pointerenter', writeTitle);
    const write = () => {
      const { saveStatus, readOnly } = useMeetingStore.getState();
      const text = describeSaveStatus(saveStatus, readOnly, Date.now());
      if (span.textContent !== text) span.textContent = text;
      const className = `save-status save-status--${readOnly ? 'read-only' : saveStatus.kind}`;
      if (span.className !== className) span.className = className;
      // A tooltip already showing keeps up with the status.
      if (span.matches(':hover')) writeTitle();
    };
    write();
    const timer = window.setInterval(write, 5000);
    const unsubscribe = useMeetingStore.subscribe((state, previous) => {
      if (state.saveStatus !== previous.saveStatus || state.readOnly !== previous.readOnly) write();
    });
    return () => {
      window.clearInterval(timer);
      span.removeEventListener('pointerenter', writeTitle);
      unsubscribe();
    };
  }, []);
  return <span ref={ref} role="status" aria-live="polite" data-testid="save-status" />;
}
