import { newId } from '../ids';
import type { AgendaItem, AgendaSubItem } from '../meeting/schema';
import { findParticipantsByName, normalizeNameForMatch, type MatchableParticipant, type NameMatch } from '../names/matching';
import type { ParsedAgenda, ParsedAgendaItem, ParsedAgendaSubItem } from './agendaText';

/** A presenter named in the agenda who is not (or not certainly) among the participants. */
export interface NewParticipantProposal {
  /** The id to give the participant if the user adds them; no item refers to it before that. */
  id: string;
  fullName: string;
  /** The items and sub-items this person presents. */
  itemIds: string[];
  /** Participants the name might mean after all (a shared short name, a prefix, initials, a near miss), best first. */
  candidateIds: string[];
}

export interface AgendaImport {
  items: AgendaItem[];
  newParticipants: NewParticipantProposal[];
  warnings: string[];
}

// The model's limits (see meeting/schema): an import must never produce an agenda the model rejects.
const MAX_TITLE = 2000;
const MAX_LINK = 4000;
const MAX_CHILDREN = 100;
const MAX_ITEMS = 500;
const MAX_PRESENTERS = 100;
const MAX_CANDIDATES = 5;

/**
 * The one participant a presenter name means, if it is certain: a single exact match of
 * the full name or an alias, or else a single exact match of the short name ("Timea").
 */
function certainMatch(matches: readonly NameMatch<MatchableParticipant>[]): string | undefined {
  const exact = matches.filter((match) => match.kind === 'exact');
  const byName = exact.filter((match) => match.field !== 'shortName');
  if (byName.length === 1) return byName[0]?.participant.id;
  const byShortName = exact.filter((match) => match.field === 'shortName');
  return byName.length === 0 && byShortName.length === 1 ? byShortName[0]?.participant.id : undefined;
}

class PresenterResolver {
  private readonly proposals = new Map<string, NewParticipantProposal>();

  constructor(private readonly participants: readonly MatchableParticipant[]) {}

  /** The participant ids for an item's presenter names; unknown names become proposals. */
  resolve(names: readonly string[], itemId: string): string[] {
    const ids: string[] = [];
    for (const name of names) {
      const matches = findParticipantsByName(this.participants, name);
      const id = certainMatch(matches);
      if (id === undefined) this.propose(name, itemId, matches);
      else if (!ids.includes(id)) ids.push(id);
    }
    return ids.slice(0, MAX_PRESENTERS);
  }

  get newParticipants(): NewParticipantProposal[] {
    return [...this.proposals.values()];
  }

  private propose(name: string, itemId: string, matches: readonly NameMatch<MatchableParticipant>[]): void {
    const key = normalizeNameForMatch(name);
    const existing = this.proposals.get(key);
    if (existing) {
      if (!existing.itemIds.includes(itemId)) existing.itemIds.push(itemId);
      return;
    }
    const candidateIds = matches.slice(0, MAX_CANDIDATES).map((match) => match.participant.id);
    this.proposals.set(key, { id: newId('p'), fullName: name.trim(), itemIds: [itemId], candidateIds });
  }
}

function fitTitle(title: string, warnings: string[]): string {
  if (title.length <= MAX_TITLE) return title;
  warnings.push(`The agenda title starting ${JSON.stringify(title.slice(0, 40))} was shortened to ${MAX_TITLE} characters.`);
  return `${title.slice(0, MAX_TITLE - 1)}…`;
}

function toSubItem(parsed: ParsedAgendaSubItem, resolver: PresenterResolver, warnings: string[]): AgendaSubItem {
  const id = newId('a');
  const item: AgendaSubItem = { id, title: fitTitle(parsed.title, warnings), presenterIds: resolver.resolve(parsed.presenterNames, id) };
  if (parsed.link !== undefined && parsed.link.length <= MAX_LINK) item.link = parsed.link;
  else if (parsed.link !== undefined) warnings.push(`The link of ${JSON.stringify(parsed.title.slice(0, 40))} is too long to keep.`);
  if (parsed.durationMin !== undefined) item.durationMin = parsed.durationMin;
  return item;
}

function toItem(parsed: ParsedAgendaItem, resolver: PresenterResolver, warnings: string[]): AgendaItem {
  if (parsed.children.length > MAX_CHILDREN) warnings.push(`Only the first ${MAX_CHILDREN} sub-items of ${JSON.stringify(parsed.title.slice(0, 40))} were kept.`);
  const item = toSubItem(parsed, resolver, warnings);
  return { ...item, children: parsed.children.slice(0, MAX_CHILDREN).map((child) => toSubItem(child, resolver, warnings)) };
}

/**
 * Turns a parsed agenda into the model's agenda items with fresh ids, the presenter names
 * resolved to participant ids. Names that match no participant for certain are left off
 * the items and returned as proposals, so the UI can offer to add them (or to pick one of
 * the candidates) and then call withAcceptedPresenters.
 */
export function matchPresenters(parsed: ParsedAgenda | readonly ParsedAgendaItem[], participants: readonly MatchableParticipant[]): AgendaImport {
  const parsedItems = 'items' in parsed ? parsed.items : parsed;
  const warnings: string[] = [];
  if (parsedItems.length > MAX_ITEMS) warnings.push(`Only the first ${MAX_ITEMS} agenda items were kept.`);
  const resolver = new PresenterResolver(participants);
  const items = parsedItems.slice(0, MAX_ITEMS).map((item) => toItem(item, resolver, warnings));
  return { items, newParticipants: resolver.newParticipants, warnings };
}

function withPresenter<T extends AgendaSubItem>(item: T, proposals: readonly NewParticipantProposal[]): T {
  const added = proposals.filter((proposal) => proposal.itemIds.includes(item.id) && !item.presenterIds.includes(proposal.id));
  return added.length === 0 ? item : { ...item, presenterIds: [...item.presenterIds, ...added.map((proposal) => proposal.id)].slice(0, MAX_PRESENTERS) };
}

/** The items with the accepted proposals' ids added as presenters where they were named. */
export function withAcceptedPresenters(items: readonly AgendaItem[], accepted: readonly NewParticipantProposal[]): AgendaItem[] {
  return items.map((item) => ({ ...withPresenter(item, accepted), children: item.children.map((child) => withPresenter(child, accepted)) }));
}
