import { describe, expect, it } from 'vitest';
import { documentEdgeOf } from '../../../../../src/renderer/editor/plugins/DocumentEdgeKeysPlugin';

const key = (init: Partial<Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>>) =>
  ({ key: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init }) as KeyboardEvent;

describe('documentEdgeOf', () => {
  it.each(['linux', 'win32'])('Ctrl+Home and Ctrl+End on %s, with or without Shift', (platform) => {
    expect(documentEdgeOf(key({ key: 'Home', ctrlKey: true }), platform)).toBe('start');
    expect(documentEdgeOf(key({ key: 'End', ctrlKey: true, shiftKey: true }), platform)).toBe('end');
    expect(documentEdgeOf(key({ key: 'End' }), platform)).toBeNull();
    expect(documentEdgeOf(key({ key: 'ArrowDown', ctrlKey: true }), platform)).toBeNull();
    expect(documentEdgeOf(key({ key: 'End', ctrlKey: true, altKey: true }), platform)).toBeNull();
  });

  it('⌘↑ and ⌘↓ (and ⌘Home/⌘End) on macOS, where Ctrl is not the document chord', () => {
    expect(documentEdgeOf(key({ key: 'ArrowUp', metaKey: true }), 'darwin')).toBe('start');
    expect(documentEdgeOf(key({ key: 'ArrowDown', metaKey: true, shiftKey: true }), 'darwin')).toBe('end');
    expect(documentEdgeOf(key({ key: 'End', metaKey: true }), 'darwin')).toBe('end');
    expect(documentEdgeOf(key({ key: 'End', ctrlKey: true }), 'darwin')).toBeNull();
  });
});
