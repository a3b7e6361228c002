import {
  $getNodeByKey, $getSelection, $isElementNode, $isRangeSelection, HISTORY_PUSH_TAG,
  type EditorState, type ElementNode, type LexicalEditor, type NodeKey, type NodeMutation,
} from 'lexical';
import { $blockPoint, $caretInBlock, $isTextBlock, $readBlockText, $selectInBlock, $textBlockOf, type TextSegment } from './blockText';
import { QuietIdleTask } from './idle';
import type { IgnoredWords } from './ignoredWords';
import { findMisspellings, misspellingAt, type Misspelling, type SpellingRules } from './misspellings';
import type { SpellChecker } from './spellChecker';
import { rangeFor, SpellingMarks } from './spellingMarks';
import { mergeSuggestions, nearbyWords } from './suggestions';
import { visibleTextBlocks } from './visibleBlocks';

/** Checking waits for a pause in typing this long… */
const QUIET_MS = 300;
/** …but no longer than this while typing goes on. */
const MAX_WAIT_MS = 1500;
const SCROLL_QUIET_MS = 100;

interface BlockResult {
  generation: number;
  words: Misspelling[];
  /** The words' ranges while the block is on screen (null off screen: see checkVisible). */
  ranges: Array<Range | null> | null;
}

/** A misspelled word and the paragraph or list item it is in. */
export interface FoundMisspelling extends Misspelling { blockKey: NodeKey }

const NO_WORDS: IgnoredWords = { has: () => false, written: [] };

/**
 * Spell-checks one editor's notes off the keystroke path. An update only notes
 * which blocks changed (a few map operations); checking happens in idle time
 * after a pause, and only for blocks on screen that changed or were never
 * checked with the current dictionary and names. The dictionary lives in a
 * worker: words it has not judged yet are asked of it in one message, and the
 * blocks that held them are checked again when the answer comes. Marks are DOM
 * ranges in a CSS highlight, so nothing here writes to the editor except an
 * explicit replace.
 */
export class SpellingSession {
  private readonly results = new Map<NodeKey, BlockResult>();
  private readonly edited = new Set<NodeKey>();
  /** Blocks whose ranges are in the highlight now. */
  private readonly shown = new Set<NodeKey>();
  private readonly marks = new SpellingMarks();
  /** Bumped when the dictionary or the ignored words change: every earlier result is then stale. */
  private generation = 0;
  private checker: SpellChecker | null = null;
  private stopListening: (() => void) | null = null;
  /** Counts the words met without a verdict yet: a block that met any waits for the worker's answer. */
  private unjudged = 0;
  private ignored: IgnoredWords = NO_WORDS;
  /** The word just typed, left unmarked until the caret leaves it. */
  private deferred: { blockKey: NodeKey; textKey: NodeKey; offset: number } | null = null;
  private readonly pass = new QuietIdleTask((deadline) => this.checkVisible(deadline), MAX_WAIT_MS);
  private rules = this.freshRules();

  constructor(private readonly editor: LexicalEditor) {}

  setChecker(checker: SpellChecker | null): void {
    if (checker === this.checker) return;
    this.checker = checker;
    this.stopListening?.();
    this.stopListening = checker?.onVerdicts(() => this.pass.request(0)) ?? null;
    this.rules = this.freshRules();
    this.generation += 1;
    this.marks.clear();
    this.results.clear();
    this.shown.clear();
    this.deferred = null;
    if (checker) this.pass.request(0);
  }

  /** New names or added words: marks they now cover go at once, the rest is re-checked as it comes on screen. */
  setIgnored(ignored: IgnoredWords): void {
    this.ignored = ignored;
    this.rules = this.freshRules();
    this.generation += 1;
    for (const result of this.results.values()) {
      const keep = result.words.map((word) => !ignored.has(word.text));
      if (keep.every(Boolean)) continue;
      this.marks.replace(present(result.ranges?.filter((_, index) => !keep[index])), []);
      result.words = result.words.filter((_, index) => keep[index]);
      result.ranges = result.ranges?.filter((_, index) => keep[index]) ?? null;
    }
    if (this.checker) this.pass.request(0);
  }

  /** From the editor's update listener: runs on every keystroke, so it only records which blocks changed. */
  noteUpdate(editorState: EditorState, dirtyLeaves: ReadonlySet<NodeKey>, dirtyElements: ReadonlyMap<NodeKey, boolean>): void {
    const deferred = this.deferred;
    if (!this.checker || (dirtyLeaves.size === 0 && dirtyElements.size === 0 && !deferred)) return;
    let changed = false;
    editorState.read(() => {
      for (const key of dirtyLeaves) changed = this.$noteEdited(key) || changed;
      for (const key of dirtyElements.keys()) if (key !== 'root') changed = this.$noteEdited(key) || changed;
      if (deferred && !$caretAt(deferred.textKey, deferred.offset)) {
        this.edited.add(deferred.blockKey);
        this.deferred = null;
        changed = true;
      }
    });
    if (changed) this.pass.request(QUIET_MS);
  }

  noteMutations(mutations: ReadonlyMap<NodeKey, NodeMutation>): void {
    for (const [key, mutation] of mutations) if (mutation === 'destroyed') this.forget(key);
  }

  viewportChanged(): void {
    if (this.checker) this.pass.request(SCROLL_QUIET_MS);
  }

  /** The misspelling at a text node's offset, checked afresh (the word being typed included) with the verdicts known so far. */
  misspellingAt(textKey: NodeKey, offset: number): FoundMisspelling | null {
    if (!this.checker) return null;
    return this.editor.read(() => {
      const node = $getNodeByKey(textKey);
      const point = node ? $blockPoint(textKey, offset, node) : null;
      const word = point ? misspellingAt(findMisspellings(point.text.text, this.rules), point.offset) : undefined;
      return word && point ? { ...word, blockKey: point.block.getKey() } : null;
    });
  }

  /** Names of the meeting's people first (no dictionary has them), then the dictionary's, once the worker has given them. */
  async suggestionsLater(word: string): Promise<string[]> {
    const fromDictionary = await this.checker?.suggest(word).catch(() => []);
    return mergeSuggestions(nearbyWords(word, this.ignored.written), fromDictionary ?? []);
  }

  /**
   * The same at once, for callers that cannot wait: the dictionary's part only
   * if the worker has it already, as for words marked after an edit (see
   * $checkBlock); otherwise it is asked for, ready for the next call.
   */
  suggestionsFor(word: string): string[] {
    const known = this.checker?.knownSuggestions(word);
    if (!known) void this.checker?.suggest(word).catch(() => []);
    return mergeSuggestions(nearbyWords(word, this.ignored.written), known ?? []);
  }

  /** Replaces the word, if it is still there, as one undo step; the caret ends after the replacement. */
  replace(found: FoundMisspelling, replacement: string): void {
    this.editor.update(() => {
      const block = $getNodeByKey(found.blockKey);
      if (!$isTextBlock(block) || !$selectInBlock(block, found.start, found.end, found.text)) return;
      $getSelection()?.insertText(replacement);
    }, { tag: HISTORY_PUSH_TAG });
  }

  dispose(): void {
    this.pass.dispose();
    this.stopListening?.();
    this.marks.dispose();
  }

  private $noteEdited(key: NodeKey): boolean {
    const node = $getNodeByKey(key);
    if (!node || ($isElementNode(node) && !node.isInline() && !$isTextBlock(node))) return false;
    const block = $textBlockOf(node);
    if (!block) return false;
    this.edited.add(block.getKey());
    return true;
  }

  /** Verdicts are remembered per word as typed until the dictionary or the ignored words change. */
  private freshRules(): SpellingRules {
    const verdicts = new Map<string, boolean>();
    return {
      isCorrect: (word) => {
        if (!this.checker) return true;
        const verdict = this.checker.isCorrect(word);
        if (verdict === undefined) this.unjudged += 1;
        return verdict;
      },
      isIgnored: (word) => this.ignored.has(word),
      get verdicts() {
        // Far beyond a meeting's vocabulary: only bounds memory.
        if (verdicts.size > 50_000) verdicts.clear();
        return verdicts;
      },
    };
  }

  private forget(key: NodeKey): void {
    this.hide(key);
    this.results.delete(key);
    this.edited.delete(key);
  }

  /** Takes a block's ranges out of the highlight. Chromium revalidates every range of a highlight when the DOM changes, so only blocks on screen keep theirs: typing cost stays independent of the notes' length. */
  private hide(key: NodeKey): void {
    const result = this.results.get(key);
    if (result?.ranges) this.marks.replace(present(result.ranges), []);
    if (result) result.ranges = null;
    this.shown.delete(key);
  }

  /** Draws a block's words, from its remembered result: no dictionary work. */
  private show(key: NodeKey, segments: readonly TextSegment[], words: Misspelling[], generation: number): void {
    this.hide(key);
    const ranges = words.map((word) => rangeFor(this.editor, segments, word));
    this.marks.replace([], present(ranges));
    this.results.set(key, { generation, words, ranges });
    this.shown.add(key);
  }

  private isStale(key: NodeKey): boolean {
    return this.edited.has(key) || this.results.get(key)?.generation !== this.generation;
  }

  /** Checks the stale blocks on screen until the idle period ends; blocks that left the screen give up their ranges. */
  private checkVisible(deadline: { timeRemaining(): number }): void {
    if (!this.checker) return;
    const started = performance.now();
    const visible = visibleTextBlocks(this.editor);
    const located = performance.now();
    const onScreen = new Set(visible);
    for (const key of [...this.shown]) if (!onScreen.has(key)) this.hide(key);
    let checked = 0;
    let waiting = 0;
    let more = false;
    this.editor.read(() => {
      for (const key of visible) {
        const stale = this.isStale(key);
        if (!stale && this.shown.has(key)) continue;
        if (stale && checked + waiting > 0 && deadline.timeRemaining() < 1) {
          more = true;
          break;
        }
        const done = this.$checkBlock(key, stale);
        if (stale && done) checked += 1;
        else if (stale) waiting += 1;
      }
    });
    if (checked + waiting > 0) {
      performance.measure('rapporteur-spelling-pass', { start: started, detail: { blocks: checked, waiting, locateMs: +(located - started).toFixed(2) } });
    }
    if (more) this.pass.request(0);
  }

  /** Draws a block's marks; false when some of its words wait for the worker's verdict (the block stays stale meanwhile). */
  private $checkBlock(key: NodeKey, stale: boolean): boolean {
    const block = $getNodeByKey(key);
    const result = this.results.get(key);
    if (!$isTextBlock(block) || !block.isAttached()) {
      this.forget(key);
      return true;
    }
    const { text, segments } = $readBlockText(block);
    if (!stale && result) {
      this.show(key, segments, result.words, result.generation);
      return true;
    }
    const unjudged = this.unjudged;
    let words = findMisspellings(text, this.rules);
    if (this.unjudged !== unjudged) return false;
    const edited = this.edited.delete(key);
    if (edited) {
      words = this.$withoutWordBeingTyped(block, segments, words);
      // The words just typed are the ones the context menu will most likely be opened on.
      this.checker?.prefetch(words.map((word) => word.text));
    }
    this.show(key, segments, words, this.generation);
    return true;
  }

  /** A word ending at the caret of an edited block is still being typed: marking "th" before "the" would only distract. */
  private $withoutWordBeingTyped(block: ElementNode, segments: readonly TextSegment[], words: Misspelling[]): Misspelling[] {
    const caret = $caretInBlock(block, segments);
    const typed = caret === null ? undefined : words.find((word) => word.end === caret);
    const selection = $getSelection();
    if (!typed || !$isRangeSelection(selection)) return words;
    this.deferred = { blockKey: block.getKey(), textKey: selection.anchor.key, offset: selection.anchor.offset };
    return words.filter((word) => word !== typed);
  }
}

function present(ranges: ReadonlyArray<Range | null> | null | undefined): Range[] {
  return ranges ? ranges.filter((range): range is Range => range !== null) : [];
}

function $caretAt(textKey: NodeKey, offset: number): boolean {
  const selection = $getSelection();
  return $isRangeSelection(selection) && selection.isCollapsed() && selection.anchor.key === textKey && selection.anchor.offset === offset;
}

const sessions = new WeakMap<LexicalEditor, SpellingSession>();

export function registerSpellingSession(editor: LexicalEditor, session: SpellingSession | null): void {
  if (session) sessions.set(editor, session);
  else sessions.delete(editor);
}

/** The context menu's way to the spelling of the editor it opened on. */
export function spellingSessionOf(editor: LexicalEditor): SpellingSession | undefined {
  return sessions.get(editor);
}
