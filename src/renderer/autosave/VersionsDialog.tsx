import { restoreVersion } from '../commands/versionCommands';
import { useUiStore } from '../store/uiStore';
import { formatWhen, formatWords } from './formatWhen';
import { useSafetyStore } from './safetyStore';

const REASONS: Record<string, string> = {
  auto: 'while typing',
  close: 'when closed',
  'before-restore': 'before a restore',
  'before-import': 'before an import',
  'before-recovery': 'before recovered notes were restored',
  theirs: 'the file as another program changed it',
  mine: 'your version, before loading theirs',
};

/** File › Restore Previous Version…: the meeting's snapshots, newest first, with times and word counts. */
export function VersionsDialog() {
  const versions = useSafetyStore((state) => state.versions);
  const close = useUiStore((state) => state.closeDialog);
  return (
    <div className="modal-backdrop">
      <div className="modal modal--wide" role="dialog" aria-modal="true" aria-labelledby="versions-title"
        onKeyDown={(event) => { if (event.key === 'Escape') close(); }}>
        <h2 id="versions-title">Restore previous version</h2>
        {versions.length === 0 ? (
          <p>No versions yet: Rapporteur keeps one every 10 minutes while the notes change, and one when the meeting is closed.</p>
        ) : (
          <>
            <p>Restoring replaces the notes on screen; they are kept as a version first, so a restore can be undone here.</p>
            <ul className="safety-list" aria-label="Versions">
              {versions.map((version) => (
                <li key={version.versionId} className="safety-list__item" data-testid="version">
                  <div className="safety-list__text">
                    <strong>{formatWhen(version.at)}</strong>
                    <span className="safety-list__detail">{formatWords(version.words)} · {REASONS[version.reason] ?? version.reason}</span>
                  </div>
                  <button type="button" className="toolbar-button" onClick={() => { close(); void restoreVersion(version.versionId); }}>Restore</button>
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="modal__actions">
          <button type="button" className="toolbar-button" autoFocus onClick={close}>Close</button>
        </div>
      </div>
    </div>
  );
}
