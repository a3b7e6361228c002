import { describe, expect, it } from 'vitest';
import { findMisspellings, isAcceptable, misspellingAt, type SpellingRules } from '../../../../../src/renderer/editor/spelling/misspellings';

const DICTIONARY = new Set(['the', 'chair', 'received', 'report', 'from', 'and', 'well-known', 'co', 'chair', 'led', 'group', 'europe', "don't", 'see', 'at']);
const rules = (ignored: string[] = []): SpellingRules => ({
  isCorrect: (word) => DICTIONARY.has(word.toLowerCase()),
  isIgnored: (word) => ignored.includes(word.toLowerCase()),
});
const marked = (text: string, ignored?: string[]) => findMisspellings(text, rules(ignored)).map((word) => word.text);

describe('findMisspellings', () => {
  it('marks words the dictionary does not know, with their offsets', () => {
    expect(findMisspellings('The chair recieved teh report', rules())).toEqual([
      { text: 'recieved', start: 10, end: 18 },
      { text: 'teh', start: 19, end: 22 },
    ]);
  });

  it('never marks ignored names, nor them with a possessive or an elision', () => {
    expect(marked("Kleinwächter and Buckridge's report from l'Buckridge", ['kleinwächter', 'buckridge'])).toEqual([]);
  });

  it('leaves numbers, acronyms, links and addresses alone', () => {
    expect(marked('The MAG report at https://igf.example.org/x and mag@example.org from 2024 and COVID-19')).toEqual([]);
  });

  it('accepts a hyphenated word whole or by its parts, and marks only the failing part', () => {
    expect(marked('well-known co-chair Europe-led')).toEqual([]);
    expect(findMisspellings('the co-chiar report', rules())).toEqual([{ text: 'chiar', start: 7, end: 12 }]);
  });

  it('keeps apostrophes inside words', () => {
    expect(marked("don't dont")).toEqual(['dont']);
  });
});

describe('while the dictionary has not answered', () => {
  // Verdicts arrive from the spelling worker: a word not judged yet reads as undefined.
  const pending = (known: Record<string, boolean>, ignored: string[] = []): SpellingRules & { asked: Set<string> } => {
    const asked = new Set<string>();
    return {
      asked,
      verdicts: new Map(),
      isCorrect: (word) => {
        if (word in known) return known[word];
        asked.add(word);
        return undefined;
      },
      isIgnored: (word) => ignored.includes(word.toLowerCase()),
    };
  };

  it('marks nothing it has no verdict for, and meets every such word, hyphen parts included', () => {
    const rules = pending({ the: true, recieved: false });
    expect(findMisspellings('the report recieved co-chiar', rules).map((word) => word.text)).toEqual(['recieved']);
    expect([...rules.asked]).toEqual(['report', 'co-chiar', 'co', 'chiar']);
  });

  it('remembers only real verdicts, so a word is judged again once its answer comes', () => {
    const rules = pending({ the: true });
    expect(isAcceptable('teh', rules)).toBeUndefined();
    expect(rules.verdicts?.has('teh')).toBe(false);
    expect(isAcceptable('the', rules)).toBe(true);
    expect(rules.verdicts?.get('the')).toBe(true);
  });

  it('settles what names or the bare word settle without the dictionary', () => {
    const rules = pending({ "Buckridge's": false }, ['buckridge']);
    expect(isAcceptable("Buckridge's", rules)).toBe(true);
    expect(isAcceptable('Buckridge', rules)).toBe(true);
    // A hyphenated word waiting for its whole verdict is not marked by a failing part meanwhile.
    const hyphenated = pending({ peut: true, tre: false });
    expect(findMisspellings('peut-tre', hyphenated)).toEqual([]);
  });
});

describe('isAcceptable', () => {
  it('asks the dictionary before the names', () => {
    const asked: string[] = [];
    const spy: SpellingRules = { isCorrect: (w) => { asked.push(`dictionary:${w}`); return w === 'the'; }, isIgnored: (w) => { asked.push(`names:${w}`); return false; } };
    isAcceptable('the', spy);
    expect(asked).toEqual(['dictionary:the']);
  });
});

describe('misspellingAt', () => {
  const found = [{ text: 'teh', start: 4, end: 7 }];
  it('finds the word under the caret, touching either end', () => {
    expect(misspellingAt(found, 4)).toBe(found[0]);
    expect(misspellingAt(found, 7)).toBe(found[0]);
    expect(misspellingAt(found, 3)).toBeUndefined();
    expect(misspellingAt(found, 8)).toBeUndefined();
  });
});
