import { splitDueClause } from './dueDates';
import { ownerNamesIn } from './owners';

/**
 * The prefixes scribes already type at the start of a paragraph (W3C's
 * `ACTION:` and `RESOLUTION:`, IRC meeting bots' `#action`, `#agreed` and
 * `#link`, and plain `DECISION:`), read as text. The editor decides when to
 * apply them; this only says what a paragraph asks for.
 */
export type ScribeCommand =
  | { kind: 'action'; prefixLength: number; ownerNames: string[]; due?: string; dueClauseStart?: number }
  | { kind: 'decision'; prefixLength: number }
  | { kind: 'link'; url: string; title: string };

const ACTION_PREFIX = /^\s*(?:action\s*:|#action\b)\s*/iu;
const DECISION_PREFIX = /^\s*(?:decision\s*:|resolution\s*:|resolved\s*:|#agreed\b|#decision\b)\s*/iu;
const LINK_COMMAND = /^\s*#link\s+(\S+)(?:\s+(.*?))?\s*$/iu;

export function parseScribeCommand(paragraphText: string): ScribeCommand | undefined {
  const link = LINK_COMMAND.exec(paragraphText);
  if (link) return { kind: 'link', url: link[1]!, title: (link[2] ?? '').trim() };
  const decision = DECISION_PREFIX.exec(paragraphText);
  if (decision && paragraphText.slice(decision[0].length).trim() !== '') return { kind: 'decision', prefixLength: decision[0].length };
  const action = ACTION_PREFIX.exec(paragraphText);
  if (!action) return undefined;
  const task = paragraphText.slice(action[0].length);
  if (task.trim() === '') return undefined;
  const split = splitDueClause(task);
  const command: ScribeCommand = { kind: 'action', prefixLength: action[0].length, ownerNames: ownerNamesIn(split.text) };
  if (split.due !== undefined) {
    command.due = split.due;
    command.dueClauseStart = action[0].length + split.text.length;
  }
  return command;
}
