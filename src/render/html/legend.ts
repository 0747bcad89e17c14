// The key under a flowchart: what each shape and line style means, for the
// kinds that chart uses, drawn with the same shapes at small size.
import type { StepKind } from '../../format/model.js';
import type { Flowchart } from '../flowchart.js';
import { html, trusted, type SafeHtml } from './markup.js';

/** The shape of each kind of step, as flowchart-svg.ts draws it. */
const STEP_ENTRIES: { [K in StepKind]: { icon: string; words: string } } = {
  action: { icon: '<rect x="4" y="2" width="34" height="14" rx="1"/>', words: 'Action: do it, tick it' },
  decision: { icon: '<polygon points="21,1 41,9 21,17 1,9"/>', words: 'Question: follow your answer' },
  check: { icon: '<polygon points="8,2 34,2 41,9 34,16 8,16 1,9"/>', words: 'Check: a command to run' },
};

const ENTRIES: Array<{ show: (chart: Flowchart) => boolean; icon: string; words: string }> = [
  { show: () => true, icon: '<rect x="1" y="3" width="40" height="12" rx="6"/>', words: 'Start / End' },
  ...(Object.entries(STEP_ENTRIES) as Array<[StepKind, { icon: string; words: string }]>).map(([kind, entry]) => ({
    show: (c: Flowchart) => c.nodes.some((n) => n.kind === kind),
    ...entry,
  })),
  {
    show: (c) => c.nodes.some((n) => n.kind === 'missing'),
    icon: '<rect x="4" y="2" width="34" height="14" stroke-dasharray="3 3"/>',
    words: 'A step that does not exist (run coop lint)',
  },
  {
    show: (c) => c.edges.some((e) => e.kind === 'failure'),
    icon: '<path class="line dashed" d="M1 9 H41"/>',
    words: 'The way to go when a check fails',
  },
];

export function flowchartLegend(chart: Flowchart): SafeHtml {
  const items = ENTRIES.filter((e) => e.show(chart)).map(
    (e) => html`<span><svg viewBox="0 0 42 18" aria-hidden="true">${trusted(e.icon)}</svg>${e.words}</span>`,
  );
  return html`<div class="legend">${items}</div>`;
}
