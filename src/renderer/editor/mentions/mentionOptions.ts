import { MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { Participant } from '../../../shared/meeting/schema';
import { speakerChoicesFor, type SpeakerChoice } from '../../../shared/names/mentionQuery';

/** One line of the @ menu: a participant, or the offer to add the typed name as one. */
export class SpeakerOption extends MenuOption {
  readonly choice: SpeakerChoice;

  constructor(choice: SpeakerChoice) {
    super(choice.kind === 'participant' ? choice.participant.id : `new:${choice.fullName}`);
    this.choice = choice;
  }
}

export function speakerOptionsFor(participants: readonly Participant[], query: string): SpeakerOption[] {
  return speakerChoicesFor(participants, query).map((choice) => new SpeakerOption(choice));
}
