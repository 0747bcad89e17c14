/** Edit distance (insert, delete, substitute, swap of neighbours), for "did you mean". */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidates close enough to `wanted` to be what the person meant,
 * nearest first. Close enough: a prefix or substring match, each of its
 * kebab-case words the start of the candidate's ("exec-director" for
 * executive-director), or at most a third of the word's letters wrong (at
 * least one, at most three).
 */
export function closest(wanted: string, candidates: Iterable<string>, max = 3): string[] {
  const w = wanted.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
  const scored: Array<[string, number]> = [];
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (c === w) {
      scored.push([candidate, 0]);
      continue;
    }
    const distance = editDistance(w, c);
    if (distance <= limit) scored.push([candidate, distance]);
    else if (w.length >= 3 && (c.startsWith(w) || c.includes(w) || wordsShortened(w, c)))
      scored.push([candidate, limit + 1]);
  }
  scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
  return scored.slice(0, max).map(([c]) => c);
}

/** `; did you mean "x"?` or nothing. */
export function didYouMean(wanted: string, candidates: Iterable<string>): string {
  const [best] = closest(wanted, candidates, 1);
  return best === undefined ? '' : `; did you mean "${best}"?`;
}

/** Whether each word of a kebab-case id starts the candidate's word in its place: "exec-dir" of "executive-director". */
function wordsShortened(wanted: string, candidate: string): boolean {
  const w = wanted.split('-');
  const c = candidate.split('-');
  return w.length > 1 && w.length === c.length && w.every((word, i) => word !== '' && c[i]!.startsWith(word));
}
