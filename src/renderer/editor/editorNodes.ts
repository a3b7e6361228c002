import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import type { Klass, LexicalNode } from 'lexical';
import { ActionMarkerNode } from './actions/ActionMarkerNode';
import { DecisionMarkerNode } from './actions/DecisionMarkerNode';
import { AgendaHeadingNode } from './nodes/AgendaHeadingNode';
import { SpeakerMentionNode } from './nodes/SpeakerMentionNode';

/** Every node the notes may hold; src/shared/meeting/notesSchema.ts validates the same set in files. */
export const editorNodes: ReadonlyArray<Klass<LexicalNode>> = [
  ListNode, ListItemNode, LinkNode, AutoLinkNode, AgendaHeadingNode, SpeakerMentionNode,
  ActionMarkerNode, DecisionMarkerNode,
];
