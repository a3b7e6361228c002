import { describe, expect, it } from 'vitest';
import { displayShortcut } from '../../../../src/renderer/components/displayShortcut';

describe('displayShortcut', () => {
  it.each([
    ['CmdOrCtrl+Shift+S', 'linux', 'Ctrl+Shift+S'],
    ['CmdOrCtrl+Shift+S', 'darwin', '⇧⌘S'],
    ['CmdOrCtrl+Alt+Down', 'win32', 'Ctrl+Alt+↓'],
    ['CmdOrCtrl+Alt+Down', 'darwin', '⌥⌘↓'],
    ['Ctrl+3', 'darwin', '⌃3'],
    ['Alt+3', 'linux', 'Alt+3'],
    ['CmdOrCtrl+/', 'linux', 'Ctrl+/'],
  ] as const)('%s on %s is %s', (accelerator, platform, expected) => {
    expect(displayShortcut(accelerator, platform)).toBe(expected);
  });
});
