import type { Participant } from '../../../shared/meeting/schema';
import type { AttendanceMatch } from '../../../shared/parsers/attendance';
import { isCertain, type AttendanceChoice } from './attendanceChoices';

interface AttendanceRowsProps {
  matches: readonly AttendanceMatch[];
  choices: readonly AttendanceChoice[];
  participants: readonly Participant[];
  onChoose(index: number, choice: AttendanceChoice): void;
}

function RecordCell({ match }: { match: AttendanceMatch }) {
  const { record } = match;
  return (
    <th scope="row" className="attendance-table__record">
      {record.displayName}
      {record.name !== '' && record.name !== record.displayName ? <span className="attendance-table__name"> ({record.name})</span> : null}
      {record.isGuest ? <span className="participant-tag">guest</span> : null}
      {record.isDevice ? <span className="participant-tag">device</span> : null}
      {record.totalMinutes !== undefined ? <span className="attendance-table__minutes">{record.totalMinutes} min</span> : null}
    </th>
  );
}

/** One row per person in the report, each with the participant it is (or a new one, or nobody). */
export function AttendanceRows({ matches, choices, participants, onChoose }: AttendanceRowsProps) {
  return (
    <table className="attendance-table">
      <thead>
        <tr><th scope="col">In the report</th><th scope="col">Participant</th></tr>
      </thead>
      <tbody>
        {matches.map((match, index) => (
          <tr key={`${match.record.displayName}-${index}`} className={isCertain(match) ? undefined : 'attendance-table__row--check'}>
            <RecordCell match={match} />
            <td>
              <select aria-label={`Who is ${match.record.displayName}?`} value={choices[index]} onChange={(event) => onChoose(index, event.target.value as AttendanceChoice)}>
                {participants.map((participant) => <option key={participant.id} value={`p:${participant.id}`}>{participant.fullName}</option>)}
                <option value="new">Add “{match.record.name || match.record.displayName}” as new participant</option>
                <option value="ignore">Ignore</option>
              </select>
              {isCertain(match) ? null : <span className="participant-tag participant-tag--check">check</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
