import { useEffect, useMemo, useRef, useState } from 'react';
import type { LibraryEntry, LibraryFolder } from '../../../shared/series/contract';
import { getBridge } from '../../bridge';
import { openLibraryMeeting } from '../../commands/seriesCommands';
import { useMeetingStore } from '../../store/meetingStore';
import { useUiStore } from '../../store/uiStore';
import { groupLibrary } from './groupLibrary';

type Listing = { folderName: string; meetings: LibraryEntry[]; unreadable: number; truncated: boolean };

/**
 * The meetings in a folder, by group and series, newest first; one click opens
 * a meeting, and the search box finds words across all of them.
 */
export function LibraryDialog() {
  const close = useUiStore((state) => state.closeDialog);
  const handle = useMeetingStore((state) => state.document?.handle);
  const [listing, setListing] = useState<Listing | null>(null);
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [folder, setFolder] = useState<LibraryFolder | null>(handle ? { kind: 'ofDocument', handle } : null);
  const groups = useMemo(() => groupLibrary(listing?.meetings ?? []), [listing]);

  // The folder dialog is asked once per click: words typed while it is open (or while the folder is read) wait for it.
  const choosing = useRef(false);
  // What to list again when the folder dialog is cancelled: left at 'choose', the next word typed would ask again.
  const listedFolder = useRef<LibraryFolder | null>(folder);

  useEffect(() => {
    if (!folder || (folder.kind === 'choose' && choosing.current)) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      if (folder.kind === 'choose') choosing.current = true;
      void getBridge().listLibrary({ folder, query }).finally(() => {
        if (folder.kind === 'choose') choosing.current = false;
      }).then((result) => {
        // Once a folder is listed, main remembers it: searching never asks for it again, even when the words
        // typed while the folder was being chosen and read have made this listing out of date.
        if (result.status === 'listed') listedFolder.current = { kind: 'current' };
        if (result.status === 'listed' && folder.kind !== 'current') setFolder({ kind: 'current' });
        if (result.status !== 'listed' && folder.kind === 'choose') setFolder(listedFolder.current);
        if (!current) return;
        if (result.status === 'listed') {
          setListing(result);
          setProblem(null);
        } else if (result.status === 'failed') setProblem(result.message);
      });
    }, query === '' ? 0 : 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [folder, query]);

  const open = async (entryId: string) => {
    close();
    await openLibraryMeeting(entryId);
  };

  return (
    <div className="modal-backdrop">
      <div className="modal modal--wide library" role="dialog" aria-modal="true" aria-labelledby="library-title" onKeyDown={(event) => { if (event.key === 'Escape') close(); }}>
        <h2 id="library-title">Meetings library</h2>
        <div className="library__bar">
          <span className="library__folder">{listing ? listing.folderName : 'No folder chosen yet'}</span>
          <button type="button" className="toolbar-button" onClick={() => setFolder({ kind: 'choose' })}>Choose folder…</button>
        </div>
        <input type="search" className="library__search" aria-label="Search the meetings" placeholder="Search the meetings’ notes, agendas and people" autoFocus
          value={query} onChange={(event) => setQuery(event.target.value)} />
        {problem ? <p className="series-problem" role="alert">{problem}</p> : null}
        {listing && listing.meetings.length === 0 ? <p className="panel-empty">{query ? 'No meeting holds all these words.' : 'No meetings in this folder.'}</p> : null}
        {groups.map((group) => (
          <section key={group.key} className="library__group" aria-label={group.label}>
            <h3>{group.label}</h3>
            <ul className="library__list">
              {group.meetings.map((entry) => (
                <li key={entry.entryId}>
                  <button type="button" className="library__meeting" onClick={() => void open(entry.entryId)}>
                    <span className="library__number">{entry.number !== undefined ? `Meeting ${entry.number}` : entry.fileName}</span>
                    <span className="library__date">{entry.date ?? ''}{entry.time ? ` ${entry.time} ${entry.timeZone ?? ''}` : ''}</span>
                    <span className="library__file">{entry.fileName}</span>
                    {entry.excerpt ? <span className="library__excerpt">{entry.excerpt}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {listing && (listing.unreadable > 0 || listing.truncated) ? (
          <p className="paste-warnings">{listing.unreadable > 0 ? `${listing.unreadable} meeting file(s) could not be read. ` : ''}{listing.truncated ? 'Only the first 2000 files were listed.' : ''}</p>
        ) : null}
        <div className="modal__actions"><button type="button" className="toolbar-button" onClick={close}>Close</button></div>
      </div>
    </div>
  );
}
