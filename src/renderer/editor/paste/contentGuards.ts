import { TextNode, type LexicalEditor } from 'lexical';

/**
 * Text in the notes carries no inline style, whatever path it took in
 * (paste, drop, a command, a file): the app has no styling of its own, so a
 * style can only be foreign, and a CSS url() in one would try to fetch.
 * Lexical runs the transform only on text an update touched (and once over
 * the document when registered), so typing costs one check per keystroke.
 *
 * Links are not guarded here: every way of making one checks the address
 * (paste, the link dialog, detection), and opening one goes through the main
 * process's own check, so a link in an old or hostile file stays as it is and
 * is refused with its reason when clicked.
 */
export function registerContentGuards(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(TextNode, (node) => {
    if (node.getStyle() !== '') node.setStyle('');
  });
}
