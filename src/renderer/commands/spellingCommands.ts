import type { SpellingLanguageChoice } from '../../shared/bridge/contract';
import { chooseSpellingLanguage } from '../editor/spelling/spellingStore';
import type { CommandHandler } from './commandHandlers';

function choose(choice: SpellingLanguageChoice): CommandHandler {
  return () => chooseSpellingLanguage(choice);
}

/** View › Spelling: which dictionary checks the notes, kept in preferences for every meeting. */
export const spellingCommandHandlers = {
  'view.spellingAuto': choose('auto'),
  'view.spellingEnUs': choose('en-US'),
  'view.spellingEnGb': choose('en-GB'),
  'view.spellingFr': choose('fr'),
  'view.spellingOff': choose('off'),
} satisfies Record<string, CommandHandler>;
