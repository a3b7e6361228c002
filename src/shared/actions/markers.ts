import {
  ACTION_MARKER_TYPE, ACTION_MARKER_VERSION, DECISION_MARKER_TYPE, DECISION_MARKER_VERSION, type SerializedNote,
} from '../meeting/notesSchema';

/**
 * The two markers as they are stored in the notes (see notesSchema). An action
 * or decision is the text that follows its marker in the same paragraph or list
 * item, up to the next marker: a marker set mid-paragraph marks "part of it".
 */

export interface ActionFields {
  actionId: string;
  ownerIds: string[];
  /** YYYY-MM-DD */
  due?: string | undefined;
  done: boolean;
}

export function isActionMarker(node: SerializedNote): boolean {
  return node.type === ACTION_MARKER_TYPE;
}

export function isDecisionMarker(node: SerializedNote): boolean {
  return node.type === DECISION_MARKER_TYPE;
}

export function isMarker(node: SerializedNote): boolean {
  return isActionMarker(node) || isDecisionMarker(node);
}

export function actionMarkerNote(fields: ActionFields): SerializedNote {
  const note: SerializedNote = {
    type: ACTION_MARKER_TYPE, version: ACTION_MARKER_VERSION, actionId: fields.actionId, ownerIds: [...fields.ownerIds], done: fields.done,
  };
  if (fields.due !== undefined) note['due'] = fields.due;
  return note;
}

export function decisionMarkerNote(decisionId: string): SerializedNote {
  return { type: DECISION_MARKER_TYPE, version: DECISION_MARKER_VERSION, decisionId };
}

/** The action fields a stored marker holds; defaults for what a hand-made node left out. */
export function actionFieldsOf(node: SerializedNote): ActionFields {
  const owners = Array.isArray(node['ownerIds']) ? node['ownerIds'].filter((id): id is string => typeof id === 'string') : [];
  const due = typeof node['due'] === 'string' ? node['due'] : undefined;
  return { actionId: String(node['actionId'] ?? ''), ownerIds: owners, due, done: node['done'] === true };
}
