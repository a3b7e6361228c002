import { parseDuration } from './durations';
import { labelledPresenterNames, looksLikePersonName, splitNameList } from './presenterNames';

/** What one agenda line says once its title is separated from link, presenters and duration. */
export interface DissectedTitle {
  title: string;
  /** '' when the line was a link whose address was lost ("[Title](#)"). */
  link?: string;
  presenterNames: string[];
  durationMin?: number;
}

const MARKDOWN_LINK = /\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/gu;
// Outlook turns a hyperlink into "Title<https://…>" when it sends plain text.
const ANGLE_URL = /\s*<((?:https?|ftp):\/\/[^>\s]+|mailto:[^>\s]+)>/giu;
const BARE_URL = /\bhttps?:\/\/[^\s<>()]+[^\s<>().,;:!?'"]/giu;
const TRAILING_GROUP = /\s*[([]([^()[\]]*)[)\]]\s*$/u;
// A spaced dash or bar, so that hyphenated names and words stay whole.
const TRAILING_DASHED = /\s+[-–—|]\s+((?:(?!\s[-–—|]\s).)+)$/u;
const TRAILING_PUNCTUATED_DURATION = /\s*[,:;]\s*([^,:;]+)$/u;
const TRAILING_BARE_DURATION = /\s+(\d+(?:[.,]\d+)?\s*(?:min|mins|minutes|['’′]))\.?$/iu;
const DANGLING_SEPARATORS = /[\s\-–—:,;|]+$/u;
// Punctuation left standing alone where an address was taken out ("see https://….").
const ORPHAN_PUNCTUATION = /\s+[.,;:!?]+(?=\s|$)/gu;

/** An address that points nowhere: the conversion of the reference report left "#" for every link. */
function isPlaceholderAddress(url: string): boolean {
  return url === '' || url === '#';
}

function extractLinks(text: string): { text: string; link?: string } {
  let link: string | undefined;
  const remember = (url: string) => {
    if (link === undefined || (link === '' && !isPlaceholderAddress(url))) link = isPlaceholderAddress(url) ? '' : url;
  };
  let rest = text.replace(MARKDOWN_LINK, (_match, label: string, url: string) => {
    remember(url);
    return label;
  });
  rest = rest.replace(ANGLE_URL, (_match, url: string) => {
    remember(url);
    return '';
  });
  const withoutBareUrls = rest.replace(BARE_URL, (url) => {
    remember(url);
    return '';
  });
  // A line that is nothing but an address keeps the address as its title.
  rest = withoutBareUrls.trim() === '' ? rest : withoutBareUrls;
  return link === undefined ? { text: rest } : { text: rest, link };
}

interface TrailingInfo {
  presenterNames: string[];
  durationMin?: number;
}

/** Reads one parenthesised group: a duration, presenter names, or both ("(Timea Suto, 10 min)"). */
function readGroup(content: string): TrailingInfo | undefined {
  const duration = parseDuration(content);
  if (duration !== undefined) return { presenterNames: [], durationMin: duration };
  const labelled = labelledPresenterNames(content);
  if (labelled) return { presenterNames: labelled };
  const parts = splitNameList(content);
  if (parts.length === 0) return undefined;
  const info: TrailingInfo = { presenterNames: [] };
  for (const part of parts) {
    const partDuration = parseDuration(part);
    if (partDuration !== undefined && info.durationMin === undefined) info.durationMin = partDuration;
    else if (looksLikePersonName(part)) info.presenterNames.push(part);
    else return undefined;
  }
  return info;
}

function readDuration(content: string): TrailingInfo | undefined {
  const duration = parseDuration(content);
  return duration === undefined ? undefined : { presenterNames: [], durationMin: duration };
}

/** Reads a tail after a spaced dash: "– 15 minutes", "– presented by Timea Suto". */
function readDashedTail(content: string): TrailingInfo | undefined {
  const labelled = labelledPresenterNames(content);
  return readDuration(content) ?? (labelled ? { presenterNames: labelled } : undefined);
}

const TAIL_READERS: ReadonlyArray<[RegExp, (content: string) => TrailingInfo | undefined]> = [
  [TRAILING_GROUP, readGroup],
  [TRAILING_DASHED, readDashedTail],
  [TRAILING_PUNCTUATED_DURATION, readDuration],
  [TRAILING_BARE_DURATION, readDuration],
];

function peelTrailingInfo(text: string): { rest: string; info: TrailingInfo } | undefined {
  for (const [pattern, read] of TAIL_READERS) {
    const match = pattern.exec(text);
    const info = match ? read(match[1] ?? '') : undefined;
    if (match && info) return { rest: text.slice(0, match.index), info };
  }
  return undefined;
}

function stripWholeEmphasis(title: string): string {
  const wrapped = /^(\*\*|__|\*|_)(.+)\1$/u.exec(title);
  return wrapped ? (wrapped[2] ?? title).trim() : title;
}

function tidyTitle(text: string): string {
  const unbolded = text.replace(/\*\*(.+?)\*\*/gu, '$1').replace(ORPHAN_PUNCTUATION, '');
  return stripWholeEmphasis(unbolded.replace(/\s+/gu, ' ').replace(DANGLING_SEPARATORS, '').trim());
}

/**
 * Splits an agenda line's text (its number or bullet already removed) into title, link,
 * presenters and duration. Trailing groups are read right to left, so both
 * "Title (Presenter) (10 min)" and "Title (10 min) (Presenter)" work; the first group
 * that is neither stays in the title.
 */
export function dissectTitle(text: string): DissectedTitle {
  const { text: withoutLinks, link } = extractLinks(text);
  let rest = withoutLinks.trim();
  const presenterNames: string[] = [];
  let durationMin: number | undefined;
  for (let peeled = peelTrailingInfo(rest); peeled && peeled.rest.trim() !== ''; peeled = peelTrailingInfo(rest)) {
    presenterNames.unshift(...peeled.info.presenterNames);
    durationMin ??= peeled.info.durationMin;
    rest = peeled.rest;
  }
  const dissected: DissectedTitle = { title: tidyTitle(rest), presenterNames };
  if (link !== undefined) dissected.link = link;
  if (durationMin !== undefined) dissected.durationMin = durationMin;
  return dissected;
}
