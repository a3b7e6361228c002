import { useState } from 'react';
import type { RecoveryOffer } from '../../shared/autosave/contract';
import { getBridge } from '../bridge';
import { useMeetingStore } from '../store/meetingStore';
import { useUiStore } from '../store/uiStore';
import { formatWhen, formatWords } from './formatWhen';
import { loadReopened, readyToLeaveMeeting } from './meetingSwitch';
import { useSafetyStore } from './safetyStore';

function describeOffer(offer: RecoveryOffer): string {
  const when = `${formatWhen(offer.at)}, ${formatWords(offer.words)}`;
  if (offer.kind === 'draft') return `Untitled meeting kept as a draft, last changed ${when}`;
  const file = offer.fileSavedAt ? `the file was last saved ${formatWhen(offer.fileSavedAt)}` : 'the file is no longer there';
  return `Notes from ${when}, not in the file (${file}) · ${offer.folder}`;
}

function withoutOffer(offerId: string): void {
  useSafetyStore.setState((state) => ({ offers: state.offers.filter((offer) => offer.offerId !== offerId) }));
  if (useSafetyStore.getState().offers.length === 0) useUiStore.getState().closeDialog();
}

/** At start: what the recovery store and the drafts folder hold that is not in a file, with its time. */
export function RecoveryOfferDialog() {
  const offers = useSafetyStore((state) => state.offers);
  const close = useUiStore((state) => state.closeDialog);
  const [busy, setBusy] = useState(false);

  async function run(job: () => Promise<void>) {
    setBusy(true);
    try {
      await job();
    } catch (error) {
      useMeetingStore.getState().showError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const restore = (offer: RecoveryOffer) => run(async () => {
    if (!(await readyToLeaveMeeting())) return;
    const result = await getBridge().restoreRecoveryOffer({ offerId: offer.offerId });
    if (result.status === 'failed') return useMeetingStore.getState().showError(result.message);
    loadReopened(result.reopened);
    withoutOffer(offer.offerId);
  });

  const discard = (offer: RecoveryOffer) => run(async () => {
    if (!window.confirm(`Discard these notes (${offer.title})? This cannot be undone.`)) return;
    await getBridge().discardRecoveryOffer({ offerId: offer.offerId });
    withoutOffer(offer.offerId);
  });

  return (
    <div className="modal-backdrop">
      <div className="modal modal--wide" role="dialog" aria-modal="true" aria-labelledby="recovery-title"
        onKeyDown={(event) => { if (event.key === 'Escape') close(); }}>
        <h2 id="recovery-title">Recovered notes</h2>
        <p>Rapporteur kept these notes for you. Restore the ones you want; the others stay here until you discard them.</p>
        <ul className="safety-list" aria-label="Recovered notes">
          {offers.map((offer) => (
            <li key={offer.offerId} className="safety-list__item" data-testid="recovery-offer">
              <div className="safety-list__text">
                <strong>{offer.title}</strong>
                <span className="safety-list__detail">{describeOffer(offer)}</span>
              </div>
              <button type="button" className="toolbar-button toolbar-button--primary" disabled={busy} onClick={() => void restore(offer)}>Restore</button>
              <button type="button" className="toolbar-button" disabled={busy} onClick={() => void discard(offer)}>Discard…</button>
            </li>
          ))}
        </ul>
        <div className="modal__actions">
          <button type="button" className="toolbar-button" autoFocus onClick={close}>Later</button>
        </div>
      </div>
    </div>
  );
}
