import type { Platform } from '../../shared/commands/registry';

const MAC_SYMBOLS: Record<string, string> = { CmdOrCtrl: '⌘', Cmd: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧' };
const KEY_NAMES: Record<string, string> = { Down: '↓', Up: '↑', Left: '←', Right: '→' };

/** "CmdOrCtrl+Shift+S" as the platform writes it: "⇧⌘S" on macOS, "Ctrl+Shift+S" elsewhere. */
export function displayShortcut(accelerator: string, platform: Platform): string {
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const keyName = KEY_NAMES[key] ?? key.toUpperCase();
  if (platform === 'darwin') {
    const order = ['Ctrl', 'Alt', 'Shift', 'CmdOrCtrl', 'Cmd'];
    return [...parts].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((m) => MAC_SYMBOLS[m] ?? m).join('') + keyName;
  }
  return [...parts.map((m) => (m === 'CmdOrCtrl' ? 'Ctrl' : m)), keyName].join('+');
}
