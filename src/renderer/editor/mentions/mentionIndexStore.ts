import { create } from 'zustand';
import type { Meeting } from '../../../shared/meeting/schema';
import { mentionDisplayNames } from '../../../shared/names/mentionNaming';
import { REPORT_LABELS } from '../../../shared/report/templates';
import type { PlacedMention } from '../../../shared/names/whoSpoke';
import { useMeetingStore } from '../../store/meetingStore';

/** A speaker mention in the notes, identified by its editor node key. */
export interface IndexedMention extends PlacedMention {
  key: string;
}

export interface MentionIndexState {
  /** Every mention in document order; replaced only when mentions or sections change, never per keystroke. */
  mentions: readonly IndexedMention[];
  /** Node key → the name the mention shows under the meeting's naming rule. */
  names: ReadonlyMap<string, string>;
}

export const useMentionIndexStore = create<MentionIndexState>()(() => ({ mentions: [], names: new Map() }));

function namesFor(mentions: readonly IndexedMention[], meeting: Meeting): Map<string, string> {
  const names = mentionDisplayNames(mentions.map((mention) => mention.participantId), meeting);
  return new Map(mentions.map((mention, index) => [mention.key, names[index] ?? '']));
}

function sameMentions(a: readonly IndexedMention[], b: readonly IndexedMention[]): boolean {
  return a.length === b.length && a.every((mention, index) => {
    const other = b[index]!;
    return mention.key === other.key && mention.participantId === other.participantId && mention.itemId === other.itemId && mention.paragraphId === other.paragraphId;
  });
}

function sameNames(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, name] of a) if (b.get(key) !== name) return false;
  return true;
}

/** Replaces the index; the same mentions under the same names change nothing (no panel re-renders, no DOM rewritten). */
export function publishMentions(mentions: readonly IndexedMention[]): void {
  const names = namesFor(mentions, useMeetingStore.getState().meeting);
  const current = useMentionIndexStore.getState();
  if (sameMentions(current.mentions, mentions) && sameNames(current.names, names)) return;
  useMentionIndexStore.setState({ mentions, names });
}

/** Renames, a new rule, moderators or presenters change the names but not the order: O(mentions). */
export function refreshMentionNames(): void {
  const { mentions } = useMentionIndexStore.getState();
  useMentionIndexStore.setState({ names: namesFor(mentions, useMeetingStore.getState().meeting) });
}

/** The name a mention shows; a mention the index has not seen yet (created in this very update) shows the full name. */
export function mentionDisplayName(key: string, participantId: string): string {
  const indexed = useMentionIndexStore.getState().names.get(key);
  if (indexed !== undefined) return indexed;
  return useMeetingStore.getState().meeting.participants.find((participant) => participant.id === participantId)?.fullName ?? REPORT_LABELS.unknownSpeaker;
}

export function mentionKeysOf(participantId: string): string[] {
  return useMentionIndexStore.getState().mentions.filter((mention) => mention.participantId === participantId).map((mention) => mention.key);
}
