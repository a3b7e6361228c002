import type { MeetingLink, Participant } from '../meeting/schema';
import { isRightToLeft } from './direction';
import { safeLinkTarget } from './links';
import { labelListItems } from './listMarkers';
import type { ReportBlock, ReportListItem } from './model';
import { plain } from './runs';
import { REPORT_LABELS } from './templates';

/** "Name, Affiliation" (just the name when the affiliation is unknown), numbered, in the meeting's order. */
export function participantSection(title: string, participants: readonly Participant[], listId: number): ReportBlock[] {
  if (participants.length === 0) return [];
  const items = participants.map((participant): ReportListItem => {
    const text = [participant.fullName.trim(), participant.affiliation.trim()].filter(Boolean).join(', ');
    return { level: 0, style: 'participants', listId, start: 1, label: '', runs: [plain(text)], rtl: isRightToLeft(text) };
  });
  return [
    { kind: 'heading', level: 1, runs: [plain(title)], rtl: isRightToLeft(title) },
    { kind: 'list', items: labelListItems(items) },
  ];
}

/** "Links:" and one linked line per link collected for the meeting. */
export function linksSection(links: readonly MeetingLink[]): ReportBlock[] {
  const shown = links.filter((link) => link.title.trim() !== '' || link.url.trim() !== '');
  if (shown.length === 0) return [];
  const lines = shown.map((link): ReportBlock => {
    const address = safeLinkTarget(link.url);
    // A link without a title shows its address; an unsafe address is never shown as a link.
    const text = link.title.trim() || link.url.trim();
    return { kind: 'paragraph', role: 'link', runs: [plain(text, address)], rtl: isRightToLeft(text) };
  });
  return [{ kind: 'heading', level: 1, runs: [plain(REPORT_LABELS.links)], rtl: false }, ...lines];
}
