// A runbook as a graph: one node per step plus Start and End, one edge per way
// out of a step (next, fall-through, each choice, each check outcome), all
// read from the view's branches, which come from flow.ts's edgesOf. The SVG of
// the binder and the Mermaid of the Markdown both draw this graph, so the two
// pictures cannot disagree.
import type { EdgeKind } from '../format/flow.js';
import type { StepKind } from '../format/model.js';
import { canBranch } from './step-marks.js';
import { safeText } from '../text/sanitize.js';
import type { RunbookView, StepView, TargetView } from '../library/view.js';

/** Start and End, a step of each kind, and a target that names no step. */
export type FlowNodeKind = 'start' | 'end' | StepKind | 'missing';

export interface FlowNode {
  /** Unique within the chart, and a safe identifier in SVG and Mermaid: begin, finish, s1, s2, missing1. */
  key: string;
  kind: FlowNodeKind;
  /** The step's number, for steps. */
  number?: number;
  /** The words in the box (without the number). */
  text: string;
}

export interface FlowEdge {
  from: string;
  to: string;
  kind: EdgeKind | 'start';
  /** The answer of a choice, "succeeds"/"fails" for a check, empty otherwise. */
  label: string;
  /** Leads back to this step or an earlier one: part of a loop. */
  back: boolean;
}

export interface Flowchart {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export const START_KEY = 'begin';
export const END_KEY = 'finish';

const stepKey = (number: number) => `s${number}`;

/** A way that leads back to this step or an earlier one: the end of a loop. */
export function isBackward(step: StepView, target: TargetView): boolean {
  return target.kind === 'step' && target.number <= step.number;
}

/**
 * Whether a runbook is worth a picture: a plain list of actions reads better
 * as the numbered list it is; decisions, checks and loops do not.
 */
export function needsFlowchart(view: RunbookView): boolean {
  return view.steps.some((step) => canBranch(step.kind) || step.branches.some((b) => isBackward(step, b.target)));
}

export function flowchartOf(view: RunbookView): Flowchart {
  const nodes: FlowNode[] = [{ key: START_KEY, kind: 'start', text: 'Start' }];
  for (const step of view.steps)
    nodes.push({ key: stepKey(step.number), kind: step.kind, number: step.number, text: step.text });
  // A `next` naming no step is a lint error, but the chart still shows where it points.
  const missing = new Map<string, string>();
  const keyOf = (target: TargetView): string => {
    if (target.kind === 'end') return END_KEY;
    if (target.kind === 'step') return stepKey(target.number);
    let key = missing.get(target.name);
    if (!key) {
      key = `missing${missing.size + 1}`;
      missing.set(target.name, key);
      nodes.push({ key, kind: 'missing', text: `"${target.name}": no such step` });
    }
    return key;
  };
  const edges: FlowEdge[] = [];
  const first = view.steps[0];
  edges.push({ from: START_KEY, to: first ? stepKey(first.number) : END_KEY, kind: 'start', label: '', back: false });
  for (const step of view.steps) {
    for (const branch of step.branches) {
      edges.push({
        from: stepKey(step.number),
        to: keyOf(branch.target),
        kind: branch.kind,
        label: branch.label,
        back: isBackward(step, branch.target),
      });
    }
  }
  nodes.push({ key: END_KEY, kind: 'end', text: 'End' });
  return { nodes, edges };
}

/**
 * A node's words broken into lines of at most `width` characters, on spaces,
 * and inside words too long for a line (a path, a URL), so no box grows wider
 * than the page; at most `maxLines`, the last ending in an ellipsis (the
 * numbered steps beside the chart carry the full text). Control characters
 * are made visible first, so they count for the width they take.
 */
export function labelLines(text: string, width: number, maxLines = 6): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of safeText(text).split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest; ) {
      const room = line ? width - line.length - 1 : width;
      if (rest.length <= room) {
        line = line ? `${line} ${rest}` : rest;
        rest = '';
      } else if (line && rest.length <= width) {
        lines.push(line);
        line = '';
      } else {
        const cut = Math.max(1, room);
        line = line ? `${line} ${rest.slice(0, cut)}` : rest.slice(0, cut);
        lines.push(line);
        line = '';
        rest = rest.slice(cut);
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, width - 1)}…`;
    return kept;
  }
  return lines.length ? lines : [''];
}
