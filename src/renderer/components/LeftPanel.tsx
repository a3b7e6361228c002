import { useState } from 'react';
import { ActionsPanel } from './actions/ActionsPanel';
import { AgendaPanel } from './agenda/AgendaPanel';
import { MetadataForm } from './MetadataForm';

type Tab = 'agenda' | 'actions' | 'details';

/**
 * Agenda during the call; the meeting's details a click away. Until `ready`, the tabs show without their
 * content: a meeting being loaded puts its notes on screen first (see App). The chosen tab stays.
 */
export function LeftPanel({ ready }: { ready: boolean }) {
  const [tab, setTab] = useState<Tab>('agenda');
  return (
    <div className="left-panel">
      <div className="tabs" role="tablist" aria-label="Left panel">
        <button type="button" role="tab" id="tab-agenda" aria-controls="tabpanel-agenda" aria-selected={tab === 'agenda'} className="tab" onClick={() => setTab('agenda')}>Agenda</button>
        <button type="button" role="tab" id="tab-actions" aria-controls="tabpanel-actions" aria-selected={tab === 'actions'} className="tab" onClick={() => setTab('actions')}>Actions</button>
        <button type="button" role="tab" id="tab-details" aria-controls="tabpanel-details" aria-selected={tab === 'details'} className="tab" onClick={() => setTab('details')}>Details</button>
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} aria-busy={ready ? undefined : true}>
        {!ready ? null : tab === 'agenda' ? <AgendaPanel /> : tab === 'actions' ? <ActionsPanel /> : <MetadataForm />}
      </div>
    </div>
  );
}
