import type { AttendanceMatch } from '../../../shared/parsers/attendance';
import type { AttendanceDecision } from '../../store/participantListOps';

/** What the "Who is this?" select holds for a record: a participant ("p:<id>"), a new participant, or nothing. */
export type AttendanceChoice = `p:${string}` | 'new' | 'ignore';

export const SOURCE_LABELS: Readonly<Record<string, string>> = {
  zoom: 'Zoom participants report',
  teams: 'Teams attendance report',
  'teams-legacy': 'Teams attendance report (older layout)',
};

/** The first guess: the certain match, else the best candidate (to be checked), else a new person; a device nobody owns is ignored. */
export function initialChoice(match: AttendanceMatch): AttendanceChoice {
  const guess = match.participantId ?? match.candidateIds[0];
  if (guess !== undefined) return `p:${guess}`;
  return match.record.isDevice ? 'ignore' : 'new';
}

/** Whether the app is sure who this is; anything else is marked for the user to check. */
export function isCertain(match: AttendanceMatch): boolean {
  return match.participantId !== undefined;
}

/** The choices as decisions; a screen name the user mapped (not one matched by itself) is remembered as an alias. */
export function decisionsFrom(matches: readonly AttendanceMatch[], choices: readonly AttendanceChoice[]): AttendanceDecision[] {
  return matches.map((match, index) => {
    const choice = choices[index] ?? 'ignore';
    if (choice === 'new' || choice === 'ignore') return { record: match.record, target: { kind: choice } };
    const participantId = choice.slice(2);
    return { record: match.record, target: { kind: 'participant', participantId, rememberScreenName: participantId !== match.participantId } };
  });
}
