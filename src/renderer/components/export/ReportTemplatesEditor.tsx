import { DEFAULT_TEMPLATES } from '../../../shared/report';
import type { ReportTemplates } from '../../../shared/meeting/schema';

const FIELDS: Array<{ key: keyof ReportTemplates; label: string }> = [
  { key: 'opening', label: 'Opening paragraph' },
  { key: 'leadIn', label: 'Lead-in to the agenda' },
  { key: 'nextMeeting', label: 'Next meeting sentence' },
];

/** The group's report sentences, with placeholders such as {ordinal} and {moderators}; the preview follows every keystroke. */
export function ReportTemplatesEditor({ templates, readOnly, onChange }: { templates: ReportTemplates | undefined; readOnly: boolean; onChange(templates: ReportTemplates): void }) {
  const current = templates ?? DEFAULT_TEMPLATES;
  return (
    <fieldset className="export-templates">
      <legend>Sentences of this group’s report</legend>
      {FIELDS.map(({ key, label }) => (
        <label key={key} className="export-templates__field">
          {label}
          <textarea rows={key === 'opening' ? 5 : 2} value={current[key]} readOnly={readOnly}
            onChange={(event) => onChange({ ...current, [key]: event.target.value })} />
        </label>
      ))}
      {templates ? <button type="button" className="link-button" disabled={readOnly} onClick={() => onChange(DEFAULT_TEMPLATES)}>Back to the standard wording</button> : null}
    </fieldset>
  );
}
