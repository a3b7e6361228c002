import { useMemo } from 'react';
import { agendaLabel } from '../../../shared/meeting/agendaNumbering';
import type { AgendaItem, Participant } from '../../../shared/meeting/schema';
import type { WhoSpokeTally } from '../../../shared/names/whoSpoke';
import { compactNames } from './participantLabels';

interface WhoSpokeProps {
  tally: WhoSpokeTally;
  participants: readonly Participant[];
  agenda: readonly AgendaItem[];
}

function countsText(counts: ReadonlyMap<string, number>, names: ReadonlyMap<string, string>): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([id, count]) => `${names.get(id) ?? 'Unknown speaker'} ${count}`)
    .join(' · ');
}

/** Attributed paragraphs per person: in total, then per agenda item in agenda order. */
export function WhoSpoke({ tally, participants, agenda }: WhoSpokeProps) {
  const names = useMemo(() => compactNames(participants), [participants]);
  const sections = useMemo(() => {
    const order: Array<string | null> = [null, ...agenda.flatMap((item) => [item.id, ...item.children.map((child) => child.id)])];
    return order.flatMap((itemId) => {
      const counts = tally.byItem.get(itemId);
      if (!counts) return [];
      return [{ key: itemId ?? 'opening', label: itemId === null ? 'Before the agenda' : (agendaLabel(agenda, itemId) ?? 'Removed item'), text: countsText(counts, names) }];
    });
  }, [tally, agenda, names]);
  return (
    <section className="who-spoke" aria-labelledby="who-spoke-title">
      <h3 id="who-spoke-title" className="panel-subtitle">Who spoke</h3>
      {tally.total.size === 0 ? (
        <p className="panel-empty">No statements attributed yet.</p>
      ) : (
        <dl className="who-spoke__list">
          <dt>In total</dt>
          <dd data-testid="who-spoke-total">{countsText(tally.total, names)}</dd>
          {sections.map((section) => [
            <dt key={`${section.key}-label`}>{section.label}</dt>,
            <dd key={`${section.key}-counts`}>{section.text}</dd>,
          ])}
        </dl>
      )}
    </section>
  );
}
