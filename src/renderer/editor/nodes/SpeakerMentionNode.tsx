import { DecoratorNode, type EditorConfig, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { JSX } from 'react';
import { SPEAKER_MENTION_TYPE, SPEAKER_MENTION_VERSION } from '../../../shared/meeting/notesSchema';
import { SpeakerMention } from './SpeakerMention';

type ImportedJSON = Parameters<typeof DecoratorNode.importJSON>[0];

export interface SerializedSpeakerMentionNode extends SerializedLexicalNode {
  type: typeof SPEAKER_MENTION_TYPE;
  version: typeof SPEAKER_MENTION_VERSION;
  participantId: string;
  clockOffsetMs?: number;
}

/** A statement's speaker, tied to the participant by id so the name can never drift. */
export class SpeakerMentionNode extends DecoratorNode<JSX.Element> {
  __participantId: string;
  __clockOffsetMs: number | undefined;

  static override getType(): string {
    return SPEAKER_MENTION_TYPE;
  }

  static override clone(node: SpeakerMentionNode): SpeakerMentionNode {
    return new SpeakerMentionNode(node.__participantId, node.__clockOffsetMs, node.__key);
  }

  // Also reached from pasted Lexical clipboard data, which may come from anywhere: check the field types.
  static override importJSON(serialized: ImportedJSON): SpeakerMentionNode {
    return $createSpeakerMentionNode(
      typeof serialized.participantId === 'string' ? serialized.participantId : '',
      typeof serialized.clockOffsetMs === 'number' ? serialized.clockOffsetMs : undefined,
    );
  }

  constructor(participantId: string, clockOffsetMs?: number, key?: NodeKey) {
    super(key);
    this.__participantId = participantId;
    this.__clockOffsetMs = clockOffsetMs;
  }

  override exportJSON(): SerializedSpeakerMentionNode {
    const latest = this.getLatest();
    const json: SerializedSpeakerMentionNode = { type: SPEAKER_MENTION_TYPE, version: SPEAKER_MENTION_VERSION, participantId: latest.__participantId };
    if (latest.__clockOffsetMs !== undefined) json.clockOffsetMs = latest.__clockOffsetMs;
    return json;
  }

  getParticipantId(): string {
    return this.getLatest().__participantId;
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('span');
    element.className = 'speaker-mention';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override decorate(): JSX.Element {
    return <SpeakerMention participantId={this.__participantId} />;
  }
}

export function $createSpeakerMentionNode(participantId: string, clockOffsetMs?: number): SpeakerMentionNode {
  return new SpeakerMentionNode(participantId, clockOffsetMs);
}

export function $isSpeakerMentionNode(node: LexicalNode | null | undefined): node is SpeakerMentionNode {
  return node instanceof SpeakerMentionNode;
}
