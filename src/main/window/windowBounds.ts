import type { Rectangle } from 'electron';

export interface SavedBounds extends Rectangle {
  maximized?: boolean | undefined;
}

const MIN_VISIBLE = 100;

/**
 * The window's last size and place, if it would still be reachable: a monitor
 * may have been unplugged since, and a window restored off-screen is lost.
 */
export function restorableBounds(saved: SavedBounds | undefined, workAreas: readonly Rectangle[]): Partial<SavedBounds> | undefined {
  if (!saved) return undefined;
  const visible = workAreas.some((area) => {
    const overlapX = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
    const overlapY = Math.min(saved.y + saved.height, area.y + area.height) - Math.max(saved.y, area.y);
    return overlapX >= MIN_VISIBLE && overlapY >= MIN_VISIBLE;
  });
  // Off every screen: keep the size, let the OS place the window.
  return visible ? saved : { width: saved.width, height: saved.height, maximized: saved.maximized };
}

interface TrackedWindow {
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

/** Remembers the window's size and place (debounced while it is dragged, and on close). */
export function trackWindowBounds(window: TrackedWindow, save: (bounds: SavedBounds) => void, delayMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    save({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(saveNow, delayMs);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', saveNow);
}
