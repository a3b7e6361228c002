import type { MarkTarget } from '../../editor/actions/markActions';

/** What the action dialog works on: a new action to mark where the command was given, or an existing marker. */
export type ActionDialogTarget =
  | {
    mode: 'new';
    mark: MarkTarget;
    /** Owners and due date read from a typed "ACTION: Chris and Jim to … due …", to confirm. */
    ownerIds: string[];
    newNames: string[];
    due?: string | undefined;
    /** The words being marked, shown so the user sees what the action will say. */
    text: string;
  }
  | { mode: 'edit'; nodeKey: string };
