import { useEffect, useRef } from 'react';
import { commands, shortcutFor, type MenuName } from '../../shared/commands/registry';
import { useMeetingStore } from '../store/meetingStore';
import { useUiStore } from '../store/uiStore';
import { displayShortcut } from './displayShortcut';

const MENUS: MenuName[] = ['File', 'Edit', 'Insert', 'Meeting', 'View', 'Help'];

/** Help › Keyboard Shortcuts: generated from the command registry, so it can never fall out of date. */
export function ShortcutSheet() {
  const platform = useMeetingStore((state) => state.platform);
  const close = useUiStore((state) => state.closeDialog);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div className="modal-backdrop">
      <div className="modal modal--wide" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" onKeyDown={(event) => { if (event.key === 'Escape') close(); }}>
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <div className="shortcut-sheet">
          {MENUS.map((menu) => {
            const entries = commands.filter((command) => command.menu === menu);
            if (entries.length === 0) return null;
            return (
              <table key={menu} className="shortcut-table">
                <caption>{menu}</caption>
                <tbody>
                  {entries.map((command) => {
                    const shortcut = shortcutFor(command, platform);
                    return (
                      <tr key={command.id}>
                        <th scope="row">{command.label.replace('…', '')}</th>
                        <td>{shortcut ? <kbd>{displayShortcut(shortcut, platform)}</kbd> : <span className="shortcut-none">menu only</span>}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            );
          })}
        </div>
        <p className="shortcut-note">Typed at the start of a paragraph: <kbd>Topic: 3</kbd> or <kbd>#topic</kbd> moves to an agenda item; <kbd>Name:</kbd> attributes to a participant; <kbd>present+ Name</kbd> and <kbd>regrets+ Name</kbd> mark attendance.</p>
        <div className="modal__actions">
          <button type="button" ref={closeRef} className="toolbar-button" onClick={close}>Close</button>
        </div>
      </div>
    </div>
  );
}
