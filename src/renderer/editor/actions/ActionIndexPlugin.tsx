import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, HISTORY_MERGE_TAG, type EditorState, type LexicalEditor, type LexicalNode, type NodeKey, type NodeMutation } from 'lexical';
import { useEffect } from 'react';
import { newId } from '../../../shared/ids';
import { ActionMarkerNode, $isActionMarkerNode } from './ActionMarkerNode';
import { DecisionMarkerNode, $isDecisionMarkerNode } from './DecisionMarkerNode';
import { useActionIndexStore, type IndexedAction, type IndexedDecision } from './actionIndexStore';
import { $itemText } from './markActions';

/** Typing goes on at full speed: the panel catches up this long after the last change. */
const REFRESH_DELAY_MS = 150;

function documentOrder(a: LexicalNode, b: LexicalNode): number {
  return a.isBefore(b) ? -1 : 1;
}

function readIndex(state: EditorState, keys: ReadonlySet<NodeKey>): { actions: IndexedAction[]; decisions: IndexedDecision[]; duplicates: NodeKey[] } {
  return state.read(() => {
    const nodes = [...keys].map((key) => $getNodeByKey(key)).filter((node): node is LexicalNode => node !== null && node.isAttached()).sort(documentOrder);
    const actions: IndexedAction[] = [];
    const decisions: IndexedDecision[] = [];
    const seen = new Set<string>();
    const duplicates: NodeKey[] = [];
    for (const node of nodes) {
      if ($isActionMarkerNode(node)) {
        const fields = node.fields();
        if (seen.has(fields.actionId)) duplicates.push(node.getKey());
        seen.add(fields.actionId);
        actions.push({ key: node.getKey(), ...fields, text: $itemText(node) });
      } else if ($isDecisionMarkerNode(node)) {
        decisions.push({ key: node.getKey(), decisionId: node.getDecisionId(), text: $itemText(node) });
      }
    }
    return { actions, decisions, duplicates };
  });
}

function sameAction(a: IndexedAction, b: IndexedAction): boolean {
  return a.key === b.key && a.actionId === b.actionId && a.due === b.due && a.done === b.done && a.text === b.text
    && a.ownerIds.length === b.ownerIds.length && a.ownerIds.every((id, i) => id === b.ownerIds[i]);
}

function sameDecision(a: IndexedDecision, b: IndexedDecision): boolean {
  return a.key === b.key && a.decisionId === b.decisionId && a.text === b.text;
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((item, i) => same(item, b[i]!));
}

/** A copy of an action (undo across meetings, a duplicated paragraph) becomes an action of its own. */
function renumberDuplicates(editor: LexicalEditor, keys: readonly NodeKey[]): void {
  if (keys.length === 0) return;
  editor.update(() => {
    for (const key of keys) {
      const node = $getNodeByKey(key);
      if ($isActionMarkerNode(node)) node.setFields({ actionId: newId('act') });
    }
  }, { tag: HISTORY_MERGE_TAG });
}

/**
 * Keeps the list of the meeting's actions and decisions for the panel: marker
 * nodes are tracked by mutation listeners, and the texts re-read shortly after
 * edits, only while the notes hold any marker.
 */
export function ActionIndexPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const keys = new Set<NodeKey>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      timer = undefined;
      const { actions, decisions, duplicates } = readIndex(editor.getEditorState(), keys);
      // Most pauses in typing change no action's text: an equal index is not published, so the panels
      // do not re-render (a React commit while the caret is in the notes walks the notes' DOM).
      const shown = useActionIndexStore.getState();
      if (!sameList(actions, shown.actions, sameAction) || !sameList(decisions, shown.decisions, sameDecision)) {
        useActionIndexStore.setState({ actions, decisions });
      }
      renumberDuplicates(editor, duplicates);
    };
    const schedule = () => {
      if (timer === undefined) timer = setTimeout(refresh, REFRESH_DELAY_MS);
    };
    // A marker added, removed or changed (done, owners) shows at once: that happens seldom, unlike typing.
    const track = (mutations: Map<NodeKey, NodeMutation>) => {
      for (const [key, mutation] of mutations) {
        if (mutation === 'destroyed') keys.delete(key);
        else keys.add(key);
      }
      clearTimeout(timer);
      refresh();
    };
    useActionIndexStore.setState({ actions: [], decisions: [] });
    return mergeRegister(
      editor.registerMutationListener(ActionMarkerNode, track, { skipInitialization: false }),
      editor.registerMutationListener(DecisionMarkerNode, track, { skipInitialization: false }),
      editor.registerUpdateListener(({ dirtyLeaves, dirtyElements }) => {
        if (keys.size > 0 && (dirtyLeaves.size > 0 || dirtyElements.size > 0)) schedule();
      }),
      () => clearTimeout(timer),
    );
  }, [editor]);
  return null;
}
