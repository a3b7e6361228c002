import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { findLayoutSlots, LayoutSlotsContext } from './layout/layoutSlots';

const slots = findLayoutSlots(document);
createRoot(slots.root).render(
  <StrictMode>
    <LayoutSlotsContext.Provider value={slots}>
      <App />
    </LayoutSlotsContext.Provider>
  </StrictMode>,
);
