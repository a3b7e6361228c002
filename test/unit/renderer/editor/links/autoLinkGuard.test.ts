import { AutoLinkNode, LinkNode, registerAutoLink } from '@lexical/link';
import fc from 'fast-check';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, createEditor, TextNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $autoLinkMayAct, registerGuardedAutoLink } from '../../../../../src/renderer/editor/links/autoLinkGuard';
import { mayHoldLink, notesLinkMatchers } from '../../../../../src/renderer/editor/paste/autoLinkMatchers';

// Headless editors: link detection with the guard must leave the notes exactly as Lexical's alone does.

type Step = { kind: 'type'; text: string } | { kind: 'delete' } | { kind: 'caret'; at: number } | { kind: 'bold'; text: string };

function newEditor(guarded: boolean): LexicalEditor {
  const editor = createEditor({ nodes: [AutoLinkNode, LinkNode], onError: (error) => { throw error; } });
  if (guarded) registerGuardedAutoLink(editor, notesLinkMatchers, mayHoldLink);
  else registerAutoLink(editor, { matchers: notesLinkMatchers, changeHandlers: [], excludeParents: [] });
  editor.update(() => {
    const paragraph = $createParagraphNode();
    $getRoot().append(paragraph);
    paragraph.select();
  }, { discrete: true });
  return editor;
}

function apply(editor: LexicalEditor, step: Step): void {
  editor.update(() => {
    const selection = $getSelection();
    if (step.kind === 'caret') {
      const texts = $getRoot().getAllTextNodes();
      const node = texts[step.at % Math.max(texts.length, 1)];
      if (node) node.select(step.at % (node.getTextContentSize() + 1), step.at % (node.getTextContentSize() + 1));
      return;
    }
    if (!$isRangeSelection(selection)) return;
    if (step.kind === 'type') selection.insertText(step.text);
    else if (step.kind === 'delete') {
      // Backspace without a window (deleteCharacter asks the DOM): select the character before the caret and remove it.
      const { key, offset, type } = selection.anchor;
      if (type !== 'text' || offset === 0 || !selection.isCollapsed()) return;
      selection.anchor.set(key, offset - 1, 'text');
      selection.removeText();
    }
    else selection.insertNodes([$createTextNode(step.text).toggleFormat('bold')]);
  }, { discrete: true });
}

const state = (editor: LexicalEditor) => JSON.stringify(editor.getEditorState().toJSON());

const pieces = ['see ', 'https://', 'http://', 'www.', 'example', '.org', '/path', '@', 'x', 'jo@igf.org', ' ', ',', '.', 'é', '(', ')', 'mailto:'];
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...pieces).map((text): Step => ({ kind: 'type', text })) },
  { weight: 2, arbitrary: fc.constant<Step>({ kind: 'delete' }) },
  { weight: 2, arbitrary: fc.nat(40).map((at): Step => ({ kind: 'caret', at })) },
  { weight: 1, arbitrary: fc.constantFrom('org', 'www.', ' ', 'x').map((text): Step => ({ kind: 'bold', text })) },
);

describe('registerGuardedAutoLink', () => {
  it('leaves the same notes as Lexical\'s link detection alone, whatever is typed, deleted or formatted', () => {
    fc.assert(fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
      const plain = newEditor(false);
      const guarded = newEditor(true);
      for (const each of steps) {
        apply(plain, each);
        apply(guarded, each);
        expect(state(guarded)).toBe(state(plain));
      }
    }), { numRuns: 400 });
  });

  it('makes links of typed addresses', () => {
    const editor = newEditor(true);
    for (const key of 'Write to jo@igf.org or see https://igf.org/x today') apply(editor, { kind: 'type', text: key });
    const links = editor.getEditorState().read(() => $getRoot().getAllTextNodes().filter((node) => node.getParent() instanceof AutoLinkNode).map((node) => node.getTextContent()));
    expect(links).toEqual(['jo@igf.org', 'https://igf.org/x']);
  });
});

describe('$autoLinkMayAct', () => {
  const check = (build: () => TextNode) => {
    const editor = createEditor({ nodes: [AutoLinkNode, LinkNode], onError: (error) => { throw error; } });
    let result = false;
    editor.update(() => {
      result = $autoLinkMayAct(build(), mayHoldLink);
    }, { discrete: true });
    return result;
  };

  it('is false for prose, true for text that may hold an address, also across the plain text nodes after it', () => {
    expect(check(() => {
      const text = $createTextNode('agreed to circulate the draft');
      $getRoot().append($createParagraphNode().append(text));
      return text;
    })).toBe(false);
    expect(check(() => {
      const text = $createTextNode('see www.');
      $getRoot().append($createParagraphNode().append(text, $createTextNode('igf').toggleFormat('bold'), $createTextNode('.org')));
      return text;
    })).toBe(true);
    expect(check(() => {
      const text = $createTextNode('mail');
      $getRoot().append($createParagraphNode().append(text, $createTextNode('jo').toggleFormat('bold'), $createTextNode('@igf.org')));
      return text;
    })).toBe(true);
  });

  it('is true next to or inside a detected link', () => {
    expect(check(() => {
      const text = $createTextNode('x');
      const link = new AutoLinkNode('https://igf.org').append($createTextNode('https://igf.org'));
      $getRoot().append($createParagraphNode().append(link, text));
      return text;
    })).toBe(true);
    expect(check(() => {
      const text = $createTextNode('plain');
      $getRoot().append($createParagraphNode().append(new AutoLinkNode('https://igf.org').append(text)));
      return text;
    })).toBe(true);
  });
});
