import { useEffect, useState } from 'react';
import type { SaveStatus } from '../store/meetingStore';

function ago(iso: string, now: number): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 5) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min ago` : new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** Never hides whether the notes are safe. */
export function describeSaveStatus(status: SaveStatus, readOnly: boolean, now: number): string {
  if (readOnly) return 'Read-only: save a copy to edit';
  switch (status.kind) {
    case 'untitled': return 'Not saved yet: choose where to keep it (Save)';
    case 'unsaved': return 'Unsaved changes';
    case 'saving': return 'Saving…';
    case 'saved': return `Saved ${ago(status.at, now)}`;
    case 'failed': return `Not saved: ${status.message}`;
  }
}

export function SaveStatusText({ status, readOnly }: { status: SaveStatus; readOnly: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 5000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <span className={`save-status save-status--${readOnly ? 'read-only' : status.kind}`} role="status" aria-live="polite" data-testid="save-status">
      {describeSaveStatus(status, readOnly, now)}
    </span>
  );
}
