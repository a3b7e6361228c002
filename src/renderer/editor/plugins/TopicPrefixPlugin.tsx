import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isParagraphNode, $isRangeSelection, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { findAgendaItemByReference, topicCommandReference } from '../../../shared/agenda/agendaReference';
import { $getAgenda } from '../agenda/agendaState';
import { $goToSection } from '../agenda/sections';

/**
 * `Topic: 3` or `#topic policy brief` typed alone in a paragraph, then Enter,
 * moves to that agenda item as IRC and W3C scribes are used to. A reference
 * that matches no item stays as typed text.
 */
export function TopicPrefixPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(KEY_ENTER_COMMAND, (event) => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
    const block = selection.anchor.getNode().getTopLevelElement();
    if (!$isParagraphNode(block)) return false;
    const reference = topicCommandReference(block.getTextContent());
    if (reference === undefined) return false;
    const itemId = findAgendaItemByReference($getAgenda(), reference);
    if (!itemId) return false;
    event?.preventDefault();
    block.remove();
    const target = $goToSection(itemId);
    if (target) {
      const key = target.getKey();
      queueMicrotask(() => editor.getElementByKey(key)?.scrollIntoView({ block: 'nearest' }));
    }
    return true;
  }, COMMAND_PRIORITY_HIGH), [editor]);
  return null;
}
