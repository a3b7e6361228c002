import { $createTextNode, $getNodeByKey, type LexicalEditor } from 'lexical';
import type { AgendaItem, AgendaSubItem } from '../../../shared/meeting/schema';
import { $getAgenda, $setAgenda } from '../agenda/agendaState';
import { $isSpeakerMentionNode } from '../nodes/SpeakerMentionNode';
import { mentionDisplayName, mentionKeysOf } from './mentionIndexStore';

function withoutPresenter<T extends AgendaSubItem>(entry: T, participantId: string): T {
  return { ...entry, presenterIds: entry.presenterIds.filter((id) => id !== participantId) };
}

function agendaWithoutPresenter(agenda: AgendaItem[], participantId: string): AgendaItem[] {
  const presents = agenda.some((item) => [item, ...item.children].some((entry) => entry.presenterIds.includes(participantId)));
  if (!presents) return agenda;
  return agenda.map((item) => ({ ...withoutPresenter(item, participantId), children: item.children.map((child) => withoutPresenter(child, participantId)) }));
}

/**
 * Before a participant is deleted: their mentions become plain text reading as they
 * read now, and they stop being a presenter — one editor update, so one undo takes
 * it back. Runs synchronously, while the names can still be looked up.
 */
export function detachParticipantFromNotes(editor: LexicalEditor, participantId: string): void {
  const keys = mentionKeysOf(participantId);
  editor.update(() => {
    for (const key of keys) {
      const node = $getNodeByKey(key);
      if ($isSpeakerMentionNode(node) && node.getParticipantId() === participantId) {
        node.replace($createTextNode(mentionDisplayName(key, participantId)));
      }
    }
    const agenda = $getAgenda();
    const next = agendaWithoutPresenter(agenda, participantId);
    if (next !== agenda) $setAgenda(next);
  }, { discrete: true });
}
