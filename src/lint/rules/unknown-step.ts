import { END } from '../../format/flow.js';
import { didYouMean } from '../../text/suggest.js';
import type { RunbookAloneRule } from '../rule.js';

export const rule: RunbookAloneRule = {
  meta: {
    id: 'unknown-step',
    severity: 'error',
    category: 'structure',
    description: 'A next, a choice, on_success or on_failure names no step of the runbook (nor end).',
  },
  runbook({ runbook, flow, at }) {
    const { edges } = flow();
    let candidates: string[] | undefined;
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
