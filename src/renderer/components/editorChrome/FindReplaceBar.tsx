import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { getCurrentEditor } from '../../editor/editorHandle';
import { useFindReplace } from '../../editor/find/useFindReplace';
import { useUiStore } from '../../store/uiStore';
import { focusNotes } from './focusNotes';

/** A short selection in the notes is what the rapporteur most likely wants to find. */
function selectedWords(editor: LexicalEditor | null): string {
  if (!editor) return '';
  const text = editor.read(() => {
    const selection = $getSelection();
    return $isRangeSelection(selection) && !selection.isCollapsed() ? selection.getTextContent() : '';
  });
  return text.length <= 200 && !text.includes('\n') ? text : '';
}

function statusText(query: string, count: number, current: number, note: string | null): string {
  if (note) return note;
  if (query === '') return '';
  return count === 0 ? 'No matches' : `${current + 1} of ${count}`;
}

/** Find and replace in the notes (Ctrl/Cmd+F): Enter finds the next match, Shift+Enter the previous, Escape closes. */
export function FindReplaceBar() {
  const dialog = useUiStore((state) => state.dialog);
  const closeDialog = useUiStore((state) => state.closeDialog);
  const [editor] = useState(getCurrentEditor);
  const [query, setQuery] = useState(() => selectedWords(editor));
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const find = useFindReplace(editor, query, { matchCase, wholeWord });
  const findInput = useRef<HTMLInputElement>(null);
  const canReplace = editor?.isEditable() === true && find.count > 0;

  // Ctrl+F again while the bar is open brings the focus back to the query.
  useEffect(() => {
    findInput.current?.focus();
    findInput.current?.select();
  }, [dialog]);

  const close = () => {
    find.finish();
    closeDialog();
    focusNotes(editor);
  };
  const onBarKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  const onFindKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (event.shiftKey) find.previous();
    else find.next();
  };
  // A button that becomes disabled when no match is left would drop the focus to the page: it goes back to the query.
  const replaceOne = () => {
    if (find.replace(replacement) === 0) findInput.current?.focus();
  };
  const onReplaceKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !canReplace) return;
    event.preventDefault();
    find.replace(replacement);
  };
  const replaceAll = () => {
    const replaced = find.replaceAll(replacement);
    setNote(`Replaced ${replaced} ${replaced === 1 ? 'match' : 'matches'}`);
    findInput.current?.focus();
  };

  return (
    <div className="find-bar" role="search" aria-label="Find and replace" onKeyDown={onBarKey}>
      <div className="find-bar__row">
        <input ref={findInput} className="find-bar__input" type="search" aria-label="Find" placeholder="Find in notes"
          value={query} onKeyDown={onFindKey} onChange={(event) => { setQuery(event.target.value); setNote(null); }} />
        <span className="find-bar__status" role="status" aria-live="polite">{statusText(query, find.count, find.current, note)}</span>
        <button type="button" className="find-bar__button" aria-label="Previous match" disabled={find.count === 0} onClick={find.previous}>↑</button>
        <button type="button" className="find-bar__button" aria-label="Next match" disabled={find.count === 0} onClick={find.next}>↓</button>
        <button type="button" className="find-bar__button" aria-label="Close find and replace" onClick={close}>×</button>
      </div>
      <div className="find-bar__row">
        <input className="find-bar__input" type="text" aria-label="Replace with" placeholder="Replace with"
          value={replacement} onKeyDown={onReplaceKey} onChange={(event) => setReplacement(event.target.value)} />
        <button type="button" className="find-bar__button" disabled={!canReplace} onClick={replaceOne}>Replace</button>
        <button type="button" className="find-bar__button" disabled={!canReplace} onClick={replaceAll}>Replace all</button>
      </div>
      <div className="find-bar__row find-bar__options">
        <label><input type="checkbox" checked={matchCase} onChange={(event) => { setMatchCase(event.target.checked); setNote(null); }} /> Match case</label>
        <label><input type="checkbox" checked={wholeWord} onChange={(event) => { setWholeWord(event.target.checked); setNote(null); }} /> Whole words</label>
      </div>
    </div>
  );
}
