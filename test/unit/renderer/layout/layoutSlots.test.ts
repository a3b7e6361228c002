import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLayoutSlots } from '../../../../src/renderer/layout/layoutSlots';

const INDEX_HTML = readFileSync(join(__dirname, '../../../../src/renderer/index.html'), 'utf8');
const idsIn = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));

/** Enough of a Document for findLayoutSlots: elements by id, as a page built from `html` would have them. */
function documentWith(ids: Set<string>): Document {
  return { getElementById: (id: string) => (ids.has(id) ? ({ id } as unknown as HTMLElement) : null) } as unknown as Document;
}

// Whether the notes really are outside React's containers is checked in the running page: test/e2e/specs/layout.spec.ts.
describe('findLayoutSlots', () => {
  it("finds every slot React renders into, and the notes' host, in the app's index.html", () => {
    const slots = findLayoutSlots(documentWith(idsIn(INDEX_HTML)));
    expect(Object.fromEntries(Object.entries(slots).map(([name, element]) => [name, element.id]))).toEqual({
      root: 'root', leftPanel: 'left-panel-slot', formatToolbar: 'format-toolbar-slot', notesHost: 'notes-host',
      notesEditor: 'notes-editor-slot', rightPanel: 'right-panel-slot', overlays: 'overlays-slot',
    });
  });

  it('names the missing element when the layout is incomplete, rather than rendering half a window', () => {
    const ids = idsIn(INDEX_HTML);
    ids.delete('overlays-slot');
    expect(() => findLayoutSlots(documentWith(ids))).toThrow('#overlays-slot is missing from index.html');
  });

});
