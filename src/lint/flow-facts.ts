// The facts the flow rules share about one runbook, worked out in time linear
// in its steps and edges: where each step leads, what leads to it, which steps
// a walk from the first step reaches, and which of them can still reach `end`.
import { edgesOf, stepIndexById, type Edge } from '../format/flow.js';
import type { Runbook } from '../format/model.js';

/** An edge as it arrives: the edge itself, which knows the step it leaves. */
export type Incoming = Pick<Edge, 'from' | 'kind' | 'label'>;

export interface FlowFacts {
  ids: Map<string, number>;
  /** edges[i]: every way out of step i (flow.ts is the one reading of next/choices/outcomes). */
  edges: Edge[][];
  /** incoming[i]: every edge that leads to step i. */
  incoming: Incoming[][];
  /** 1 when a walk from the first step can arrive at step i. */
  reachable: Uint8Array;
  /**
   * 1 when some path from step i arrives at `end`. A target naming no step
   * counts as a way out: unknown-step reports it, and a second error about the
   * same typo would only be noise.
   */
  reachesEnd: Uint8Array;
}

export function flowFacts(runbook: Runbook): FlowFacts {
  const count = runbook.steps.length;
  const ids = stepIndexById(runbook);
  const edges: Edge[][] = new Array(count);
  const incoming: Incoming[][] = new Array(count);
  for (let i = 0; i < count; i++) incoming[i] = [];
  const reachesEnd = new Uint8Array(count);
  const backlog: number[] = [];
  for (let i = 0; i < count; i++) {
    const out = edgesOf(runbook, i, ids);
    edges[i] = out;
    for (const edge of out) {
      if (edge.target.kind === 'step') incoming[edge.target.index]!.push(edge);
      else if (!reachesEnd[i]) {
        reachesEnd[i] = 1;
        backlog.push(i);
      }
    }
  }
  // Backwards from every step that leaves the runbook.
  while (backlog.length > 0) {
    const i = backlog.pop()!;
    for (const { from } of incoming[i]!) {
      if (!reachesEnd[from]) {
        reachesEnd[from] = 1;
        backlog.push(from);
      }
    }
  }
  // Forwards from the first step.
  const reachable = new Uint8Array(count);
  if (count > 0) {
    reachable[0] = 1;
    backlog.push(0);
  }
  while (backlog.length > 0) {
    const i = backlog.pop()!;
    for (const edge of edges[i]!) {
      if (edge.target.kind === 'step' && !reachable[edge.target.index]) {
        reachable[edge.target.index] = 1;
        backlog.push(edge.target.index);
      }
    }
  }
  return { ids, edges, incoming, reachable, reachesEnd };
}
