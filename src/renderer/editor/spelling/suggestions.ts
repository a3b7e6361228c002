/**
 * Suggestions from the meeting's own names, which no dictionary holds: a
 * mistyped "Buckrige" should offer "Buckridge" first. Pure and small: it runs
 * only when the context menu opens, over a few hundred names at most.
 */

/** Optimal string alignment distance (edits, with swapped neighbours as one edit), giving up past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Names and added words within one edit (short words) or two (longer ones) of `word`, closest first. */
export function nearbyWords(word: string, candidates: readonly string[], max = 3): string[] {
  const typed = word.toLowerCase();
  const limit = typed.length <= 4 ? 1 : 2;
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(typed, candidate.toLowerCase(), limit) }))
    .filter(({ candidate, distance }) => distance <= limit && candidate.toLowerCase() !== typed)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, max)
    .map(({ candidate }) => candidate);
}

/** Names first, then the dictionary's, without repeats, at most `max`. */
export function mergeSuggestions(fromNames: readonly string[], fromDictionary: readonly string[], max = 6): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const suggestion of [...fromNames, ...fromDictionary]) {
    const key = suggestion.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(suggestion);
  }
  return merged.slice(0, max);
}
