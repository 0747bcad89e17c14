import { stepIdAt, type EdgeKind } from '../../format/flow.js';
import type { Rule } from '../rule.js';
import { stepName } from '../words.js';

/** Edges that start a branch: an answer of a decision, an outcome of a check. */
const BRANCHING: ReadonlySet<EdgeKind> = new Set(['choice', 'success', 'failure']);

export const rule: Rule = {
  meta: {
    id: 'branch-fallthrough',
    severity: 'warning',
    category: 'flow',
    description:
      'The last step of a branch runs on into the first step of another branch, where next: end was most likely meant.',
  },
  runbook({ runbook, flow, at }) {
    const { edges, incoming, reachable } = flow();
    const count = runbook.steps.length;
    const isBranchStart = (i: number) => incoming[i]!.some((e) => BRANCHING.has(e.kind));
    const fallsThrough = (i: number) => edges[i]!.some((e) => e.kind === 'fallthrough' && e.target.kind === 'step');
    // branchOf[i]: the first step of the branch step i belongs to (reached by
    // running on from it), or -1 on the main line. One pass, in file order.
    const branchOf = new Int32Array(count).fill(-1);
    for (let i = 0; i < count; i++) {
      if (isBranchStart(i)) branchOf[i] = i;
      else if (i > 0 && fallsThrough(i - 1)) branchOf[i] = branchOf[i - 1]!;
    }
    for (let i = 0; i + 1 < count; i++) {
      if (!reachable[i] || branchOf[i] === -1 || !fallsThrough(i)) continue;
      const next = i + 1;
      // The next step must be reached only as the start of other branches: no
      // next: names it, so nothing else says the two paths were meant to meet.
      const others = incoming[next]!.filter((e) => e.from !== i || e.kind !== 'fallthrough');
      if (others.length === 0 || !others.every((e) => BRANCHING.has(e.kind))) continue;
      const via = others[0]!;
      const how =
        via.kind === 'choice'
          ? `the answer "${via.label}" of ${stepName(runbook, via.from)}`
          : `${stepName(runbook, via.from)} when its command ${via.kind === 'success' ? 'succeeds' : 'fails'}`;
      at(
        ['steps', i],
        `${stepName(runbook, i)} ends its branch but runs on into ${stepName(runbook, next)}, which starts another branch (${how}); add next: end if this branch is done, or next: ${stepIdAt(runbook, next)} if running on is meant`,
      );
    }
  },
};
