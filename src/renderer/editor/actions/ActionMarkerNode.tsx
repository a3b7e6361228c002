import { DecoratorNode, type EditorConfig, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { JSX } from 'react';
import type { ActionFields } from '../../../shared/actions/markers';
import { ACTION_MARKER_TYPE, ACTION_MARKER_VERSION } from '../../../shared/meeting/notesSchema';
import { ActionMarker } from './ActionMarker';

type ImportedJSON = Parameters<typeof DecoratorNode.importJSON>[0];

export interface SerializedActionMarkerNode extends SerializedLexicalNode {
  type: typeof ACTION_MARKER_TYPE;
  version: typeof ACTION_MARKER_VERSION;
  actionId: string;
  ownerIds: string[];
  due?: string;
  done: boolean;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Marks the text after it, to the end of its paragraph or list item (or the
 * next marker), as an action item: its owners (participant ids), due date and
 * whether it is done. The id stays the same from meeting to meeting, so a
 * carried-over action keeps its history.
 */
export class ActionMarkerNode extends DecoratorNode<JSX.Element> {
  __actionId: string;
  __ownerIds: readonly string[];
  __due: string | undefined;
  __done: boolean;

  static override getType(): string {
    return ACTION_MARKER_TYPE;
  }

  static override clone(node: ActionMarkerNode): ActionMarkerNode {
    return new ActionMarkerNode(node.fields(), node.__key);
  }

  // Also reached from Lexical clipboard data, which may come from anywhere: check every field.
  static override importJSON(serialized: ImportedJSON): ActionMarkerNode {
    const owners = Array.isArray(serialized.ownerIds) ? serialized.ownerIds.filter((id): id is string => typeof id === 'string' && ID.test(id)) : [];
    return $createActionMarkerNode({
      actionId: typeof serialized.actionId === 'string' && ID.test(serialized.actionId) ? serialized.actionId : 'action-unknown',
      ownerIds: owners.slice(0, 50),
      due: typeof serialized.due === 'string' && DATE.test(serialized.due) ? serialized.due : undefined,
      done: serialized.done === true,
    });
  }

  constructor(fields: ActionFields, key?: NodeKey) {
    super(key);
    this.__actionId = fields.actionId;
    this.__ownerIds = [...fields.ownerIds];
    this.__due = fields.due;
    this.__done = fields.done;
  }

  fields(): ActionFields {
    const latest = this.getLatest();
    return { actionId: latest.__actionId, ownerIds: [...latest.__ownerIds], due: latest.__due, done: latest.__done };
  }

  override exportJSON(): SerializedActionMarkerNode {
    const { actionId, ownerIds, due, done } = this.fields();
    const json: SerializedActionMarkerNode = { type: ACTION_MARKER_TYPE, version: ACTION_MARKER_VERSION, actionId, ownerIds, done };
    if (due !== undefined) json.due = due;
    return json;
  }

  setFields(patch: Partial<ActionFields>): this {
    const writable = this.getWritable();
    if (patch.actionId !== undefined) writable.__actionId = patch.actionId;
    if (patch.ownerIds !== undefined) writable.__ownerIds = [...patch.ownerIds];
    if ('due' in patch) writable.__due = patch.due;
    if (patch.done !== undefined) writable.__done = patch.done;
    return writable;
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

  // The marker adds no words: the action's text is the text that follows it, in copies as in the report.
  override getTextContent(): string {
    return '';
  }

  override decorate(): JSX.Element {
    const { ownerIds, due, done } = this.fields();
    return <ActionMarker nodeKey={this.getKey()} ownerIds={ownerIds} due={due} done={done} />;
  }
}

export function $createActionMarkerNode(fields: ActionFields): ActionMarkerNode {
  return new ActionMarkerNode(fields);
}

export function $isActionMarkerNode(node: LexicalNode | null | undefined): node is ActionMarkerNode {
  return node instanceof ActionMarkerNode;
}
