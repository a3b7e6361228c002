import { useMemo, useState } from 'react';
import type { Participant } from '../../../shared/meeting/schema';
import { findParticipantsByName } from '../../../shared/names/matching';

interface OwnerPickerProps {
  participants: readonly Participant[];
  chosen: ReadonlySet<string>;
  /** People typed in who are not on the roster yet; they become participants when the action is marked. */
  newNames: readonly string[];
  onToggle(participantId: string): void;
  onAddName(fullName: string): void;
  onRemoveName(fullName: string): void;
}

/** Owners picked from the participants; a name nobody on the list has can be added on the spot. */
export function OwnerPicker({ participants, chosen, newNames, onToggle, onAddName, onRemoveName }: OwnerPickerProps) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    if (query.trim() === '') return participants;
    const found = new Set(findParticipantsByName(participants, query).map((match) => match.participant.id));
    return participants.filter((person) => found.has(person.id) || chosen.has(person.id));
  }, [participants, query, chosen]);
  const typed = query.replace(/\s+/gu, ' ').trim();
  const exact = findParticipantsByName(participants, typed).some((match) => match.kind === 'exact' && match.field !== 'shortName');
  const canAdd = typed !== '' && /\p{L}/u.test(typed) && !exact && !newNames.includes(typed);
  const add = () => {
    if (!canAdd) return;
    onAddName(typed);
    setQuery('');
  };
  return (
    <fieldset className="owner-picker">
      <legend>Owners</legend>
      <input type="search" autoFocus className="owner-picker__search" aria-label="Find or add a person" placeholder="Find or add a person" value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => { if (event.key === 'Enter') { event.preventDefault(); add(); } }} />
      {canAdd ? (
        <button type="button" className="link-button owner-picker__add" onClick={add}>Add “{typed}” as a new person</button>
      ) : null}
      <ul className="owner-picker__list">
        {newNames.map((name) => (
          <li key={`new:${name}`}>
            <label><input type="checkbox" checked onChange={() => onRemoveName(name)} /> {name} <span className="participant-tag">new</span></label>
          </li>
        ))}
        {shown.map((person) => (
          <li key={person.id}>
            <label>
              <input type="checkbox" checked={chosen.has(person.id)} onChange={() => onToggle(person.id)} /> {person.fullName}
              {person.attendance !== 'present' ? <span className="participant-tag">{person.attendance}</span> : null}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
