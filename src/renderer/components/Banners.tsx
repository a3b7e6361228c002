import { useMeetingStore } from '../store/meetingStore';
import { ExternalChangeBanner } from '../autosave/ExternalChangeBanner';

/** Errors and notices stay on screen until the user dismisses them. */
export function Banners() {
  const error = useMeetingStore((state) => state.error);
  const notice = useMeetingStore((state) => state.notice);
  const showError = useMeetingStore((state) => state.showError);
  const appNotice = useMeetingStore((state) => state.appNotice);
  const notSavedAnywhere = useMeetingStore((state) => (state.saveStatus.kind === 'notSavedAnywhere' ? state.saveStatus.message : null));
  return (
    <>
      {error ? (
        <div className="banner banner--error" role="alert" data-testid="error-banner">
          <span>{error}</span>
          <button type="button" className="banner__close" onClick={() => showError(null)} aria-label="Dismiss error">×</button>
        </div>
      ) : null}
      {notSavedAnywhere ? (
        // Loud on purpose: the only state in which typing can be lost.
        <div className="banner banner--error" role="alert" data-testid="not-saved-banner">
          <span>Not saved anywhere. {notSavedAnywhere}</span>
        </div>
      ) : null}
      <ExternalChangeBanner />
      {appNotice ? (
        <div className="banner banner--notice" role="status" data-testid="app-notice-banner">
          <span>{appNotice}</span>
          <button type="button" className="banner__close" onClick={() => useMeetingStore.setState({ appNotice: null })} aria-label="Dismiss notice">×</button>
        </div>
      ) : null}
      {notice ? (
        <div className="banner banner--notice" role="status" data-testid="notice-banner">{notice}</div>
      ) : null}
    </>
  );
}
