import type { Rule } from '../rule.js';
import { plural, stepName } from '../words.js';

export const rule: Rule = {
  meta: {
    id: 'unreachable-step',
    severity: 'error',
    category: 'flow',
    description: 'No path from the first step reaches this step: no next, answer or check outcome leads to it.',
  },
  runbook({ runbook, flow, at }) {
    const { reachable, edges } = flow();
    const count = runbook.steps.length;
    const fallsInto = (i: number) => i > 0 && edges[i - 1]!.some((e) => e.kind === 'fallthrough');
    // One finding per run of unreachable steps that follow on from each other,
    // as a compiler reports one unreachable block, not every line of it.
    for (let i = 0; i < count; i++) {
      if (reachable[i] || (fallsInto(i) && !reachable[i - 1])) continue;
      let end = i + 1;
      while (end < count && !reachable[end] && fallsInto(end)) end++;
      const after = end - i - 1;
      const rest =
        after > 0 ? ` (nor ${after === 1 ? 'is the step' : `are the ${plural(after, 'step')}`} after it)` : '';
      at(['steps', i], `${stepName(runbook, i)} is never reached${rest}: no next, answer or check outcome leads to it`);
    }
  },
};
