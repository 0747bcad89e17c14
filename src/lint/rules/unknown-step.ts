import { END, stepIndexById } from '../../format/flow.js';
import { didYouMean } from '../../text/suggest.js';
import type { RunbookAloneRule } from '../rule.js';

export const rule: RunbookAloneRule = {
  meta: {
    id: 'unknown-step',
    severity: 'error',
    category: 'structure',
    description:
      'A next, a choice, on_success or on_failure names no step of the runbook (nor end), or notify_after names no step.',
  },
  runbook({ runbook, flow, at }) {
    const { edges } = flow();
    let candidates: string[] | undefined;
    const after = runbook.notify_after;
    if (after !== undefined && !stepIndexById(runbook).has(after)) {
      const ids = runbook.steps.flatMap((s) => (s.id === undefined ? [] : [s.id]));
      at(
        ['notify_after'],
        `notify_after names "${after}", which is no step of this runbook, so the people of notify would be told before step 1${didYouMean(after, ids)}`,
      );
    }
    edges.forEach((out, index) => {
      for (const edge of out) {
        if (edge.target.kind !== 'unknown' || !edge.field) continue;
        candidates ??= [...runbook.steps.flatMap((s) => (s.id === undefined ? [] : [s.id])), END];
        at(
          ['steps', index, ...edge.field],
          `unknown step "${edge.target.name}": no step of this runbook has that id${didYouMean(edge.target.name, candidates)}`,
        );
      }
    });
  },
};
