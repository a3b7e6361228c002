import type { ExportCheck } from '../../../shared/report/exportChecks';

/** "Before you send": what looks wrong, each with a way to go and fix it. */
export function ExportChecksList({ checks, onJump }: { checks: readonly ExportCheck[]; onJump(check: ExportCheck): void }) {
  if (checks.length === 0) return <p className="export-checks export-checks--clear" role="status">Nothing looks wrong: every statement has a speaker and every item has notes.</p>;
  return (
    <section className="export-checks" aria-label="Before you send">
      <h3>Before you send ({checks.length})</h3>
      <ul>
        {checks.map((check, index) => (
          <li key={`${check.kind}-${index}`} className={`export-check export-check--${check.kind}`}>
            <span>{check.message}</span>
            <button type="button" className="link-button" onClick={() => onJump(check)}>Go there</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
