/**
 * How soon changes reach the disk. The promise is "at most the last second of
 * typing is lost": a change is handed to main no later than MAX_WAIT_MS after
 * it was made, even by a typist who never pauses, which leaves the rest of the
 * second for serialising, the IPC hop, the recovery append and its fsync.
 */
export const AUTOSAVE_DEBOUNCE_MS = 300;
export const AUTOSAVE_MAX_WAIT_MS = 700;
/** A failed save is tried again this often, so saving resumes by itself once the disk is back. */
export const AUTOSAVE_RETRY_MS = 2000;
/** Quick saves never flash "Saving…"; slower ones say so. */
export const SHOW_SAVING_AFTER_MS = 400;
/** Versions of a meeting that keeps changing are taken at least this often. */
export const VERSION_INTERVAL_MS = 10 * 60 * 1000;
