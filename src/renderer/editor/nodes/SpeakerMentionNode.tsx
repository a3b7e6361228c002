import { DecoratorNode, type DOMExportOutput, type EditorConfig, type LexicalNode, type NodeKey, type SerializedLexicalNode } from 'lexical';
import { SPEAKER_MENTION_TYPE, SPEAKER_MENTION_VERSION } from '../../../shared/meeting/notesSchema';
import { mentionDisplayName } from '../mentions/mentionIndexStore';
import { showMentionName } from '../mentions/mentionNameDom';

type ImportedJSON = Parameters<typeof DecoratorNode.importJSON>[0];

export interface SerializedSpeakerMentionNode extends SerializedLexicalNode {
  type: typeof SPEAKER_MENTION_TYPE;
  version: typeof SPEAKER_MENTION_VERSION;
  participantId: string;
  clockOffsetMs?: number;
}

/**
 * A statement's speaker, tied to the participant by id so the name can never drift.
 * Its name is plain DOM kept current by the mention index (see mentionNameDom), not
 * a React decorator, so hundreds of mentions cost nothing when one more is added.
 */
export class SpeakerMentionNode extends DecoratorNode<null> {
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
    showMentionName(element, this.__participantId, mentionDisplayName(this.getKey(), this.__participantId));
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  // The shown name, so copying as plain text or HTML (to e-mail, Word) reads as the notes do.
  override getTextContent(): string {
    return mentionDisplayName(this.getKey(), this.getParticipantId());
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('span');
    element.textContent = this.getTextContent();
    return { element };
  }

  override decorate(): null {
    return null;
  }
}

export function $createSpeakerMentionNode(participantId: string, clockOffsetMs?: number): SpeakerMentionNode {
  return new SpeakerMentionNode(participantId, clockOffsetMs);
}

export function $isSpeakerMentionNode(node: LexicalNode | null | undefined): node is SpeakerMentionNode {
  return node instanceof SpeakerMentionNode;
}
