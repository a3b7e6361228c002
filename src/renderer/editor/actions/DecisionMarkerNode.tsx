import { DecoratorNode, type EditorConfig, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { JSX } from 'react';
import { DECISION_MARKER_TYPE, DECISION_MARKER_VERSION } from '../../../shared/meeting/notesSchema';
import { DecisionMarker } from './ActionMarker';

type ImportedJSON = Parameters<typeof DecoratorNode.importJSON>[0];

export interface SerializedDecisionMarkerNode extends SerializedLexicalNode {
  type: typeof DECISION_MARKER_TYPE;
  version: typeof DECISION_MARKER_VERSION;
  decisionId: string;
}

/** Marks the text after it, to the end of its paragraph or list item (or the next marker), as a decision of the group. */
export class DecisionMarkerNode extends DecoratorNode<JSX.Element> {
  __decisionId: string;

  static override getType(): string {
    return DECISION_MARKER_TYPE;
  }

  static override clone(node: DecisionMarkerNode): DecisionMarkerNode {
    return new DecisionMarkerNode(node.__decisionId, node.__key);
  }

  static override importJSON(serialized: ImportedJSON): DecisionMarkerNode {
    const id = typeof serialized.decisionId === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(serialized.decisionId) ? serialized.decisionId : 'decision-unknown';
    return $createDecisionMarkerNode(id);
  }

  constructor(decisionId: string, key?: NodeKey) {
    super(key);
    this.__decisionId = decisionId;
  }

  getDecisionId(): string {
    return this.getLatest().__decisionId;
  }

  override exportJSON(): SerializedDecisionMarkerNode {
    return { type: DECISION_MARKER_TYPE, version: DECISION_MARKER_VERSION, decisionId: this.getDecisionId() };
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('span');
    element.className = 'item-marker-host';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): JSX.Element {
    return <DecisionMarker nodeKey={this.getKey()} />;
  }
}

export function $createDecisionMarkerNode(decisionId: string): DecisionMarkerNode {
  return new DecisionMarkerNode(decisionId);
}

export function $isDecisionMarkerNode(node: LexicalNode | null | undefined): node is DecisionMarkerNode {
  return node instanceof DecisionMarkerNode;
}
