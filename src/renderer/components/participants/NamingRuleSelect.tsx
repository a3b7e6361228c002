import { useId } from 'react';
import type { MeetingMetadata } from '../../../shared/meeting/schema';
import { useMeetingStore } from '../../store/meetingStore';
import { setNamingRule } from '../../store/participantActions';
import { NAMING_RULE_LABELS } from './participantLabels';

/** The meeting's setting for how mentions name people, in the notes and in the report alike. */
export function NamingRuleSelect() {
  const id = useId();
  const rule = useMeetingStore((state) => state.meeting.metadata.namingRule);
  const readOnly = useMeetingStore((state) => state.readOnly);
  return (
    <div className="naming-rule">
      <label htmlFor={id}>Names in the notes</label>
      <select id={id} value={rule} disabled={readOnly} onChange={(event) => setNamingRule(event.target.value as MeetingMetadata['namingRule'])}>
        {Object.entries(NAMING_RULE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </select>
    </div>
  );
}
