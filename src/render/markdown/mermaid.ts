// The runbook graph as a Mermaid `flowchart`, for wikis and repositories that
// draw Mermaid blocks (GitHub, GitLab). Shapes tell the kinds apart as in the
// binder: stadium Start/End, box action, diamond question, hexagon check.
import { escapeMermaidLabel } from '../../text/escape.js';
import { assertNever } from '../../system/errors.js';
import { labelLines, type FlowEdge, type FlowNode, type Flowchart } from '../flowchart.js';

/** Characters per label line: Mermaid does not wrap plain labels itself. */
const LINE_WIDTH = 32;

function label(node: FlowNode): string {
  const words = node.number === undefined ? node.text : `${node.number}. ${node.text}`;
  return labelLines(words, LINE_WIDTH).map(escapeMermaidLabel).join('<br>');
}

function nodeLine(node: FlowNode): string {
  const text = label(node);
  switch (node.kind) {
    case 'start':
    case 'end':
      return `${node.key}(["${text}"])`;
    case 'decision':
      return `${node.key}{"${text}"}`;
    case 'check':
      return `${node.key}{{"${text}"}}`;
    case 'missing':
      return `${node.key}[/"${text}"/]`;
    case 'action':
      return `${node.key}["${text}"]`;
    default:
      return assertNever(node.kind, 'flowchart node kind');
  }
}

function edgeLine(edge: FlowEdge): string {
  // A failed check is drawn dotted, as in the binder.
  const arrow = edge.kind === 'failure' ? '-.->' : '-->';
  const text = edge.label ? `|"${escapeMermaidLabel(edge.label)}"|` : '';
  return `${edge.from} ${arrow}${text} ${edge.to}`;
}

/** The lines of a Mermaid flowchart (without the code fence). */
export function mermaidFlowchart(chart: Flowchart): string {
  return [
    'flowchart TD',
    ...chart.nodes.map((n) => `  ${nodeLine(n)}`),
    ...chart.edges.map((e) => `  ${edgeLine(e)}`),
  ].join('\n');
}
