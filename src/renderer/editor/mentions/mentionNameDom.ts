import type { LexicalEditor } from 'lexical';
import { useMeetingStore } from '../../store/meetingStore';
import type { MentionIndexState } from './mentionIndexStore';

/**
 * A mention shows its name through plain DOM, not a React portal: with hundreds of
 * mentions, re-rendering a portal for each on every new mention would cost more
 * than the click is allowed to take. Lexical leaves a decorator's inner DOM alone.
 */

const NAME_CLASS = 'speaker-mention__name';

function nameElementOf(mention: HTMLElement): HTMLElement {
  const existing = mention.querySelector<HTMLElement>(`.${NAME_CLASS}`);
  if (existing) return existing;
  const created = document.createElement('span');
  created.className = NAME_CLASS;
  mention.append(created);
  return created;
}

/** Writes the name into a mention's element; the full name becomes its tooltip when a short one is shown. */
export function showMentionName(mention: HTMLElement, participantId: string, name: string): void {
  const element = nameElementOf(mention);
  element.dataset['participantId'] = participantId;
  if (element.textContent !== name) element.textContent = name;
  const fullName = useMeetingStore.getState().meeting.participants.find((participant) => participant.id === participantId)?.fullName;
  if (fullName !== undefined && fullName !== name) element.title = fullName;
  else element.removeAttribute('title');
}

/** Rewrites only the mentions whose name changed: after a rename, a new rule, or a mention that moved another's first place. */
export function writeChangedMentionNames(editor: LexicalEditor, now: MentionIndexState, before: MentionIndexState): void {
  if (now.names === before.names) return;
  for (const mention of now.mentions) {
    const name = now.names.get(mention.key);
    if (name === undefined || before.names.get(mention.key) === name) continue;
    const element = editor.getElementByKey(mention.key);
    if (element) showMentionName(element, mention.participantId, name);
  }
}
