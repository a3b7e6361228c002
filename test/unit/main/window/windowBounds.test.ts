import { describe, expect, it, vi } from 'vitest';
import { restorableBounds, trackWindowBounds } from '../../../../src/main/window/windowBounds';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };

describe('restorableBounds', () => {
  it('restores a window that is still on a screen', () => {
    expect(restorableBounds({ x: 100, y: 80, width: 1200, height: 800 }, [screen])).toEqual({ x: 100, y: 80, width: 1200, height: 800 });
  });

  it('keeps only the size of a window whose monitor is gone', () => {
    expect(restorableBounds({ x: 2500, y: 80, width: 1200, height: 800, maximized: true }, [screen])).toEqual({ width: 1200, height: 800, maximized: true });
  });

  it('has nothing to restore the first time', () => {
    expect(restorableBounds(undefined, [screen])).toBeUndefined();
  });
});

describe('trackWindowBounds', () => {
  it('saves once after a burst of moves, and at once on close', () => {
    vi.useFakeTimers();
    const listeners = new Map<string, () => void>();
    const saved: unknown[] = [];
    trackWindowBounds({
      on: (event, listener) => listeners.set(event, listener),
      getNormalBounds: () => ({ x: 1, y: 2, width: 3, height: 4 }),
      isMaximized: () => false,
    }, (bounds) => saved.push(bounds), 500);
    listeners.get('move')!();
    listeners.get('resize')!();
    listeners.get('move')!();
    vi.advanceTimersByTime(499);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual([{ x: 1, y: 2, width: 3, height: 4, maximized: false }]);
    listeners.get('close')!();
    expect(saved).toHaveLength(2);
    vi.useRealTimers();
  });
});
