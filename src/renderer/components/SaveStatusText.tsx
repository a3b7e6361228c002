import { useEffect, useState } from 'react';
import type { SaveStatus } from '../store/meetingStore';

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

export function SaveStatusText({ status, readOnly }: { status: SaveStatus; readOnly: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 5000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <span className={`save-status save-status--${readOnly ? 'read-only' : status.kind}`} role="status" aria-live="polite" data-testid="save-status"
      title={savedAtTitle(status)}>
      {describeSaveStatus(status, readOnly, now)}
    </span>
  );
}
