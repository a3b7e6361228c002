import { useMeetingStore } from '../store/meetingStore';

/** Errors and notices stay on screen until the user dismisses them. */
export function Banners() {
  const error = useMeetingStore((state) => state.error);
  const notice = useMeetingStore((state) => state.notice);
  const showError = useMeetingStore((state) => state.showError);
  return (
    <>
      {error ? (
        <div className="banner banner--error" role="alert" data-testid="error-banner">
          <span>{error}</span>
          <button type="button" className="banner__close" onClick={() => showError(null)} aria-label="Dismiss error">×</button>
        </div>
      ) : null}
      {notice ? (
        <div className="banner banner--notice" role="status" data-testid="notice-banner">{notice}</div>
      ) : null}
    </>
  );
}
