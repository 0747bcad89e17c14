import type { Rule } from '../rule.js';
import { stepName } from '../words.js';

export const rule: Rule = {
  meta: {
    id: 'no-path-to-end',
    severity: 'error',
    category: 'flow',
    description: 'From this step no path reaches the end: the steps after it loop with no way out.',
  },
  runbook({ runbook, flow, at }) {
    const { reachable, reachesEnd, incoming } = flow();
    // Steps that cannot reach the end lead only to steps that cannot either: a
    // trap. Report where the walk enters it (once per way in), not every step of it.
    // Unreachable steps are left to unreachable-step.
    for (let i = 0; i < runbook.steps.length; i++) {
      if (!reachable[i] || reachesEnd[i]) continue;
      const entered = i === 0 || incoming[i]!.some(({ from }) => reachable[from] && reachesEnd[from]);
      if (!entered) continue;
      at(
        ['steps', i],
        `no path from ${stepName(runbook, i)} reaches the end: the steps from here on loop with no way out; add an answer or a next: that leads on (or to end)`,
      );
    }
  },
};
