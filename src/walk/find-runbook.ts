// Finding the runbook for what a person types under stress: "no power",
// "email", "outlok". Matched by words, allowing for typing mistakes
// (fuse.js), against each runbook's title, keywords, id and summary, the
// title counting most. Loaded only when a person is asked.
import { byTitle, type Runbook } from '../format/model.js';
import { closest } from '../text/suggest.js';

/** How far a match may be from what was typed (fuse.js: 0 exact, 1 anything). */
const THRESHOLD = 0.4;
/** A match this close is worth offering for a runbook id that was mistyped. */
const CLOSE_ENOUGH = 0.45;
/**
 * How much worse than the best match (fuse.js scores, 0 exact) another may be
 * and still be offered for typed words: fuse.js judges its threshold key by
 * key, and lists runbooks that only share some letters with what was typed
 * ("smoke" offered the FileMaker database at 0.65 after the fire at 0; "fire"
 * it at 0.53). Relative, not a fixed line: a longer phrase ("the power is
 * out") scores high even for the one it means.
 */
const OFFERED_WITHIN = 0.25;

export interface RunbookFinder {
  /** Every runbook, by title, when nothing is typed; else the matches, best first. */
  find(term: string): Runbook[];
  /** The runbooks close enough to `term` to be what the person meant, best first. */
  near(term: string): Runbook[];
}

export async function runbookFinder(runbooks: readonly Runbook[]): Promise<RunbookFinder> {
  const { Fuse } = await import('../vendor/fuzzy.js');
  const inTitleOrder = [...runbooks].sort(byTitle);
  const fuse = new Fuse(inTitleOrder, {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'keywords', weight: 2 },
      { name: 'id', weight: 2 },
      { name: 'summary', weight: 1 },
    ],
    threshold: THRESHOLD,
    ignoreLocation: true,
    includeScore: true,
  });
  const search = (term: string) => fuse.search(term.trim());
  return {
    find: (term) => {
      if (!term.trim()) return inTitleOrder;
      const found = search(term);
      const best = found[0]?.score ?? 0;
      return found.flatMap((r) => ((r.score ?? 1) <= best + OFFERED_WITHIN ? [r.item] : []));
    },
    // An id a letter or two off ("loopp"), then what the words come close to ("power").
    near: (term) => {
      const ids = closest(
        term,
        inTitleOrder.map((r) => r.id),
      ).map((id) => inTitleOrder.find((r) => r.id === id)!);
      const words = search(term.replace(/-/g, ' ')).flatMap((r) => ((r.score ?? 1) <= CLOSE_ENOUGH ? [r.item] : []));
      return [...new Set([...ids, ...words])];
    },
  };
}
