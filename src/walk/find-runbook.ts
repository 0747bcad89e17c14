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
    find: (term) => (term.trim() ? search(term).map((r) => r.item) : inTitleOrder),
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
