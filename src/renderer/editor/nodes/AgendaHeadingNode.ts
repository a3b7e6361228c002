import { DecoratorNode, type EditorConfig, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import { AGENDA_HEADING_TYPE, AGENDA_HEADING_VERSION } from '../../../shared/meeting/notesSchema';
import { createHeadingText } from '../agenda/headingDom';

type ImportedJSON = Parameters<typeof DecoratorNode.importJSON>[0];

export interface SerializedAgendaHeadingNode extends SerializedLexicalNode {
  type: typeof AGENDA_HEADING_TYPE;
  version: typeof AGENDA_HEADING_VERSION;
  itemId: string;
}

/**
 * Opens the section of one agenda item or sub-item. It stores only the item's
 * id: the number and title it shows come from the agenda, so renaming or
 * renumbering the agenda never touches the notes (AgendaHeadingPlugin relabels
 * the shown heading).
 */
export class AgendaHeadingNode extends DecoratorNode<null> {
  __itemId: string;

  static override getType(): string {
    return AGENDA_HEADING_TYPE;
  }

  static override clone(node: AgendaHeadingNode): AgendaHeadingNode {
    return new AgendaHeadingNode(node.__itemId, node.__key);
  }

  // Also reached from pasted Lexical clipboard data, which may come from anywhere: check the field types.
  static override importJSON(serialized: ImportedJSON): AgendaHeadingNode {
    return $createAgendaHeadingNode(typeof serialized.itemId === 'string' ? serialized.itemId : '');
  }

  constructor(itemId: string, key?: NodeKey) {
    super(key);
    this.__itemId = itemId;
  }

  override exportJSON(): SerializedAgendaHeadingNode {
    return { type: AGENDA_HEADING_TYPE, version: AGENDA_HEADING_VERSION, itemId: this.getLatest().__itemId };
  }

  getItemId(): string {
    return this.getLatest().__itemId;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('div');
    element.className = 'agenda-heading';
    element.contentEditable = 'false';
    element.append(createHeadingText(this.__itemId));
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  // The caret cannot step into, select or delete a heading by keyboard: sections stay intact.
  override isIsolated(): boolean {
    return true;
  }

  override isKeyboardSelectable(): boolean {
    return false;
  }

  override getTextContent(): string {
    return '\n';
  }

  // Plain DOM from createDOM (see headingDom.ts): nothing for React to render.
  override decorate(): null {
    return null;
  }
}

export function $createAgendaHeadingNode(itemId: string): AgendaHeadingNode {
  return new AgendaHeadingNode(itemId);
}

export function $isAgendaHeadingNode(node: LexicalNode | null | undefined): node is AgendaHeadingNode {
  return node instanceof AgendaHeadingNode;
}
