import { AutoLinkPlugin } from '@lexical/react/LexicalAutoLinkPlugin';
import { notesLinkMatchers } from '../paste/autoLinkMatchers';

/**
 * Typed or pasted web and e-mail addresses become links as soon as they are
 * complete. Lexical re-checks only the text node being edited, so this costs
 * the same in a long meeting as in a short one.
 */
export function NotesAutoLinkPlugin() {
  return <AutoLinkPlugin matchers={notesLinkMatchers} />;
}
