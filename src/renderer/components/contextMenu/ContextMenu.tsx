import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

export type MenuEntry =
  | { kind: 'item'; id: string; label: string; shortcut?: string; keyShortcuts?: string; disabled?: boolean; emphasis?: boolean; run(): void }
  | { kind: 'separator'; id: string };

interface ContextMenuProps {
  label: string;
  x: number;
  y: number;
  entries: readonly MenuEntry[];
  /** Closes the menu; `refocus` when the focus should go back to the notes (Escape, Tab, a chosen item). */
  onClose(refocus: boolean): void;
  /** The id of the item to focus, when it changes (e.g. once suggestions arrive). */
  focusId?: string | undefined;
}

const EDGE_PX = 4;

/** Fixed at the pointer or caret, moved back inside the window when it would overflow it. */
export function useFixedPosition(ref: RefObject<HTMLElement | null>, x: number, y: number): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    const left = Math.max(EDGE_PX, Math.min(x, window.innerWidth - width - EDGE_PX));
    const top = y + height > window.innerHeight - EDGE_PX ? Math.max(EDGE_PX, y - height) : y;
    // CSSOM properties, not a style attribute: the CSP's style-src allows these.
    element.style.setProperty('left', `${left}px`);
    element.style.setProperty('top', `${top}px`);
  });
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return menu ? [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')] : [];
}

/**
 * An in-page menu as WAI-ARIA describes it: the focus moves into it, arrow
 * keys, Home and End move between items (disabled ones included, so they can
 * be read), a letter jumps to the next item starting with it, Enter or Space
 * chooses, Escape or Tab closes and gives the notes their focus back.
 */
export function ContextMenu({ label, x, y, entries, onClose, focusId }: ContextMenuProps) {
  const menuRef = useRef<HTMLDivElement>(null);
  useFixedPosition(menuRef, x, y);

  // Before paint, so keys pressed right after the one that opened the menu already land in it.
  useLayoutEffect(() => {
    const items = menuItems(menuRef.current);
    const wanted = focusId ? items.find((item) => item.dataset.id === focusId) : undefined;
    (wanted ?? items.find((item) => item.getAttribute('aria-disabled') !== 'true') ?? items[0])?.focus();
  }, [focusId]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) onClose(false);
    };
    const onBlur = () => onClose(false);
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('blur', onBlur);
    window.addEventListener('resize', onBlur);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('resize', onBlur);
    };
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = menuItems(menuRef.current);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose(true);
    else if (event.key.length === 1 && /\S/u.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const letter = event.key.toLowerCase();
      const order = [...items.slice(index + 1), ...items.slice(0, index + 1)];
      order.find((item) => item.textContent?.trim().toLowerCase().startsWith(letter))?.focus();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={menuRef} className="context-menu" role="menu" aria-label={label} tabIndex={-1} onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}>
      {entries.map((entry) => (entry.kind === 'separator'
        ? <div key={entry.id} role="separator" className="context-menu__separator" />
        : <MenuItem key={entry.id} entry={entry} onClose={onClose} />))}
    </div>
  );
}

function MenuItem({ entry, onClose }: { entry: Extract<MenuEntry, { kind: 'item' }>; onClose(refocus: boolean): void }): ReactNode {
  const choose = () => {
    if (entry.disabled) return;
    onClose(false);
    entry.run();
  };
  return (
    <div role="menuitem" tabIndex={-1} data-id={entry.id} aria-disabled={entry.disabled ? true : undefined}
      aria-keyshortcuts={entry.keyShortcuts}
      className={`context-menu__item${entry.emphasis ? ' context-menu__item--emphasis' : ''}`}
      onClick={choose}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        event.stopPropagation();
        choose();
      }}
      onPointerMove={(event) => event.currentTarget.focus()}>
      <span className="context-menu__label">{entry.label}</span>
      {/* Announced through aria-keyshortcuts; hidden here so the item is named by its label alone. */}
      {entry.shortcut ? <kbd className="context-menu__shortcut" aria-hidden="true">{entry.shortcut}</kbd> : null}
    </div>
  );
}
