import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { speakerChoicesFor, type SpeakerChoice } from '../../../shared/names/mentionQuery';
import { useMeetingStore } from '../../store/meetingStore';
import { addParticipant } from '../../store/participantActions';
import { useFixedPosition } from './ContextMenu';

interface AttributeChooserProps {
  x: number;
  y: number;
  onChoose(participantId: string): void;
  onClose(refocus: boolean): void;
}

function choiceKey(choice: SpeakerChoice): string {
  return choice.kind === 'participant' ? choice.participant.id : `new:${choice.fullName}`;
}

/**
 * The participant chooser of "Attribute to…": type a few letters of a name,
 * short name, initials or alias (matched as the @ menu matches them), pick with
 * the arrow keys and Enter, or add the typed name as a new participant.
 */
export function AttributeChooser({ x, y, onChoose, onClose }: AttributeChooserProps) {
  const participants = useMeetingStore((state) => state.meeting.participants);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const choices = useMemo(() => speakerChoicesFor(participants, query), [participants, query]);
  const ref = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  useFixedPosition(ref, x, y);

  // Before paint, so a name typed right after choosing "Attribute to…" is not lost.
  useLayoutEffect(() => inputRef.current?.focus(), []);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  const choose = (choice: SpeakerChoice | undefined) => {
    if (!choice) return;
    onChoose(choice.kind === 'participant' ? choice.participant.id : addParticipant({ fullName: choice.fullName }).id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = choices.length;
    if (event.key === 'ArrowDown' && count > 0) setActive((active + 1) % count);
    else if (event.key === 'ArrowUp' && count > 0) setActive((active - 1 + count) % count);
    else if (event.key === 'Enter') choose(choices[Math.min(active, count - 1)]);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose(true);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const activeChoice = choices[Math.min(active, choices.length - 1)];
  return (
    <div ref={ref} className="context-menu attribute-chooser" role="dialog" aria-label="Attribute to">
      <label className="attribute-chooser__label" htmlFor={`${id}-query`}>Attribute to</label>
      <input id={`${id}-query`} ref={inputRef} className="attribute-chooser__query" type="text" autoComplete="off" spellCheck={false}
        role="combobox" aria-expanded={choices.length > 0} aria-controls={`${id}-list`} aria-autocomplete="list"
        aria-activedescendant={activeChoice ? `${id}-option-${choices.indexOf(activeChoice)}` : undefined}
        placeholder="Name, initials or alias" value={query}
        onChange={(event) => { setQuery(event.target.value); setActive(0); }} onKeyDown={onKeyDown} />
      <ul id={`${id}-list`} className="attribute-chooser__list" role="listbox" aria-label="Participants">
        {choices.map((choice, index) => (
          <li key={choiceKey(choice)} id={`${id}-option-${index}`} role="option" aria-selected={choice === activeChoice}
            className={`context-menu__item${choice === activeChoice ? ' context-menu__item--active' : ''}`}
            onPointerDown={(event) => event.preventDefault()} onPointerMove={() => setActive(index)} onClick={() => choose(choice)}>
            {choice.kind === 'participant'
              ? <><span className="context-menu__label">{choice.participant.fullName}</span>{choice.participant.affiliation ? <span className="attribute-chooser__detail">{choice.participant.affiliation}</span> : null}</>
              : <span className="context-menu__label">Add “{choice.fullName}” as participant</span>}
          </li>
        ))}
      </ul>
      {choices.length === 0 ? <p className="attribute-chooser__empty">No participant yet: type a name to add one.</p> : null}
    </div>
  );
}
