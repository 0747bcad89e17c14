import { describe, expect, it } from 'vitest';
import { edgesOf } from '../../src/format/flow.js';
import type { Library } from '../../src/library/library.js';
import { loadLibrary } from '../../src/library/load.js';
import {
  END_KEY,
  START_KEY,
  flowchartOf,
  labelLines,
  needsFlowchart,
  type Flowchart,
} from '../../src/render/flowchart.js';
import { flowchartSvg } from '../../src/render/html/flowchart-svg.js';
import { mermaidFlowchart } from '../../src/render/markdown/mermaid.js';
import { runbookView } from '../../src/library/view.js';
import { SHIPPED_RUNBOOKS } from '../helpers/paths.js';
import { libraryOf } from './library-fixture.js';

const contacts = { contacts: [{ id: 'desk', name: 'Desk', phone: '555' }] };

/** Checks, loops, jumps, a missing target and two answers that lead to the same place. */
function trickyLibrary(): Library {
  return libraryOf({
    'contacts.yaml': contacts,
    'tricky.yaml': {
      id: 'tricky',
      title: 'Tricky',
      steps: [
        { id: 'ping', run: 'ping -c1 server', title: 'Is the server up?', timeout: '10s', on_failure: 'call' },
        {
          id: 'same',
          ask: 'Both answers lead to the end?',
          choices: [
            { answer: 'Yes', next: 'end' },
            { answer: 'Also yes', next: 'end' },
            { answer: 'Typo', next: 'no-such-step' },
          ],
        },
        { id: 'call', do: 'Call the desk.', contacts: ['desk'] },
        { id: 'again', ask: 'Fixed?', choices: [{ answer: 'No', next: 'call' }, { answer: 'Yes' }] },
        { do: 'Jump back to the start.', next: 'ping' },
      ],
    },
    'linear.yaml': { id: 'linear', title: 'Linear', steps: [{ do: 'One.' }, { do: 'Two.' }] },
    'loop.yaml': {
      id: 'loop',
      title: 'Loop',
      steps: [
        { id: 'a', do: 'One.' },
        { do: 'Two.', next: 'a' },
      ],
    },
  });
}

function everyRunbook(): Array<[string, Library, number]> {
  const shipped = loadLibrary(SHIPPED_RUNBOOKS);
  const tricky = trickyLibrary();
  return [shipped, tricky].flatMap((library) =>
    library.runbooks.map((r, i) => [r.value.id, library, i] as [string, Library, number]),
  );
}

function chartOf(library: Library, index: number): Flowchart {
  return flowchartOf(runbookView(library, library.runbooks[index]!));
}

describe.each(everyRunbook())('the flowchart of %s', (_id, library, index) => {
  const runbook = library.runbooks[index]!.value;
  const chart = chartOf(library, index);

  it('has one node per step, plus Start and End', () => {
    const steps = chart.nodes.filter((n) => n.number !== undefined);
    expect(steps.map((n) => n.number)).toEqual(runbook.steps.map((_, i) => i + 1));
    expect(chart.nodes.filter((n) => n.key === START_KEY || n.key === END_KEY)).toHaveLength(2);
  });

  it('has one edge per next, fall-through, choice and check outcome that flow.ts reads, plus the way in', () => {
    const expected = runbook.steps.flatMap((_, i) =>
      edgesOf(runbook, i).map((e) => ({
        from: `s${i + 1}`,
        kind: e.kind,
        label: e.label,
        to:
          e.target.kind === 'step'
            ? `s${e.target.index + 1}`
            : e.target.kind === 'end'
              ? END_KEY
              : `missing:${e.target.name}`,
      })),
    );
    const missingNames = new Map(
      chart.nodes.filter((n) => n.kind === 'missing').map((n) => [n.key, n.text.match(/^"(.*)": no such step$/)![1]]),
    );
    const actual = chart.edges.slice(1).map((e) => ({
      from: e.from,
      kind: e.kind,
      label: e.label,
      to: missingNames.has(e.to) ? `missing:${missingNames.get(e.to)}` : e.to,
    }));
    expect(chart.edges[0]).toMatchObject({ from: START_KEY, to: 's1', kind: 'start' });
    expect(actual).toEqual(expected);
  });

  it('is drawn as SVG with the same nodes and edges, at finite coordinates', () => {
    const svg = flowchartSvg(chart, 'title').value;
    expect(svg.match(/<g class="node /g)).toHaveLength(chart.nodes.length);
    const drawn = [...svg.matchAll(/<g class="edge [^"]*" data-from="([^"]+)" data-to="([^"]+)"/g)].map(
      (m) => `${m[1]}>${m[2]}`,
    );
    expect(drawn).toEqual(chart.edges.map((e) => `${e.from}>${e.to}`));
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('is written as Mermaid with the same nodes and edges', () => {
    const lines = mermaidFlowchart(chart).split('\n');
    expect(lines[0]).toBe('flowchart TD');
    const nodeLines = lines.filter((l) => /^ {2}\w+[[({/]/.test(l));
    const edgeLines = lines.filter((l) => /^ {2}\w+ -\.?->/.test(l));
    expect(nodeLines.map((l) => l.trim().match(/^\w+/)![0])).toEqual(chart.nodes.map((n) => n.key));
    expect(edgeLines.map((l) => l.trim().replace(/ -\.?->(\|"[^"]*"\|)? /, '>'))).toEqual(
      chart.edges.map((e) => `${e.from}>${e.to}`),
    );
    expect(nodeLines.length + edgeLines.length + 1).toBe(lines.length);
  });
});

describe('which runbooks get a flowchart', () => {
  const library = trickyLibrary();
  const view = (id: string) => runbookView(library, library.runbooks.find((r) => r.value.id === id)!);

  it('not a plain list of actions', () => expect(needsFlowchart(view('linear'))).toBe(false));
  it('a list of actions with a loop', () => expect(needsFlowchart(view('loop'))).toBe(true));
  it('a runbook with questions or checks', () => expect(needsFlowchart(view('tricky'))).toBe(true));
  it('every shipped runbook (each has a question)', () => {
    const shipped = loadLibrary(SHIPPED_RUNBOOKS);
    expect(shipped.runbooks.map((r) => needsFlowchart(runbookView(shipped, r)))).toEqual(
      shipped.runbooks.map(() => true),
    );
  });
});

describe('flowchart shapes and line styles', () => {
  const library = trickyLibrary();
  const chart = chartOf(
    library,
    library.runbooks.findIndex((r) => r.value.id === 'tricky'),
  );
  const svg = flowchartSvg(chart, 'Tricky').value;

  it('draws a check as a hexagon, a question as a diamond, an action as a box, a missing step dashed', () => {
    expect(svg).toMatch(
      /<g class="node node-check" data-key="s1"><polygon points="([\d.-]+,[\d.-]+ ){5}[\d.-]+,[\d.-]+"\/>/,
    );
    expect(svg).toMatch(
      /<g class="node node-decision" data-key="s2"><polygon points="([\d.-]+,[\d.-]+ ){3}[\d.-]+,[\d.-]+"\/>/,
    );
    expect(svg).toMatch(/<g class="node node-action" data-key="s3"><rect /);
    expect(svg).toMatch(/<g class="node node-missing" data-key="missing1">/);
  });

  it('marks the failed-check edge and loops so the style sheet can dash them', () => {
    expect(svg).toContain('<g class="edge edge-failure" data-from="s1" data-to="s3">');
    expect(svg).toContain('<g class="edge edge-next edge-back" data-from="s5" data-to="s1">');
  });

  it('labels every answer and outcome', () => {
    for (const label of ['Yes', 'Also yes', 'Typo', 'No', 'succeeds', 'fails'])
      expect(svg).toContain(`>${label}</text>`);
  });
});

describe('labelLines', () => {
  it('wraps on spaces within the width', () => {
    expect(labelLines('Shut off all computer hardware.', 12)).toEqual(['Shut off all', 'computer', 'hardware.']);
  });

  it('cuts a word too long for a line, so no box outgrows the page', () => {
    expect(labelLines('see /very/long/path/to/somewhere', 10)).toEqual([
      'see /very/',
      'long/path/',
      'to/somewhe',
      're',
    ]);
  });

  it('stops at the line limit with an ellipsis', () => {
    expect(labelLines('a b c d e f g', 1, 3)).toEqual(['a', 'b', '…']);
  });
});
