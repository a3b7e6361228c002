import type { SpeakerOption } from './mentionOptions';

interface MentionMenuProps {
  options: readonly SpeakerOption[];
  selectedIndex: number | null;
  onChoose(option: SpeakerOption): void;
  onHighlight(index: number): void;
}

/** The @ menu's lines; the editor keeps focus (arrow keys, Enter and Tab are handled there). */
export function MentionMenu({ options, selectedIndex, onChoose, onHighlight }: MentionMenuProps) {
  return (
    <ul className="mention-menu">
      {options.map((option, index) => (
        <li key={option.key} id={`typeahead-item-${index}`} role="option" aria-selected={selectedIndex === index} tabIndex={-1}
          ref={(element) => option.setRefElement(element)}
          className={`mention-menu__option${selectedIndex === index ? ' mention-menu__option--selected' : ''}`}
          onMouseDown={(event) => event.preventDefault()}
          onMouseEnter={() => onHighlight(index)}
          onClick={() => onChoose(option)}>
          {option.choice.kind === 'participant' ? (
            <>
              <span className="mention-menu__name">{option.choice.participant.fullName}</span>
              {option.choice.participant.affiliation ? <span className="mention-menu__detail">{option.choice.participant.affiliation}</span> : null}
            </>
          ) : (
            <span className="mention-menu__add">Add “{option.choice.fullName}” as participant</span>
          )}
        </li>
      ))}
    </ul>
  );
}
