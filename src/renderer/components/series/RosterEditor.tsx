import type { Participant, Role } from '../../../shared/meeting/schema';

const ROLES: Role[] = ['chair', 'co-chair', 'moderator', 'secretariat', 'member', 'observer'];

interface RosterEditorProps {
  roster: readonly Participant[];
  moderatorIds: readonly string[];
  onChange(roster: Participant[], moderatorIds: string[]): void;
}

/** The group's usual people: role, whether they usually moderate, and off the roster with one click. */
export function RosterEditor({ roster, moderatorIds, onChange }: RosterEditorProps) {
  const setRole = (id: string, role: Role) => onChange(roster.map((person) => (person.id === id ? { ...person, role } : person)), [...moderatorIds]);
  const setModerator = (id: string, on: boolean) => onChange([...roster], on ? [...moderatorIds, id] : moderatorIds.filter((other) => other !== id));
  const remove = (id: string) => onChange(roster.filter((person) => person.id !== id), moderatorIds.filter((other) => other !== id));
  return (
    <table className="roster-table" aria-label="Roster">
      <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Moderates</th><th scope="col"><span className="visually-hidden">Remove</span></th></tr></thead>
      <tbody>
        {roster.map((person) => (
          <tr key={person.id}>
            <th scope="row">{person.fullName}<span className="roster-table__affiliation">{person.affiliation}</span></th>
            <td>
              <select aria-label={`Role of ${person.fullName}`} value={person.role} onChange={(event) => setRole(person.id, event.target.value as Role)}>
                {ROLES.map((role) => <option key={role} value={role}>{role}</option>)}
              </select>
            </td>
            <td><input type="checkbox" aria-label={`${person.fullName} moderates`} checked={moderatorIds.includes(person.id)} onChange={(event) => setModerator(person.id, event.target.checked)} /></td>
            <td><button type="button" className="icon-button" aria-label={`Remove ${person.fullName}`} onClick={() => remove(person.id)}>×</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
