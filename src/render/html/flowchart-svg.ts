// The runbook graph drawn as inline SVG for the binder. dagre places the
// nodes and routes the edges (nothing is placed by hand); this module only
// sizes the boxes for their words and draws what dagre decided. Kinds are
// told apart by shape and line style, never by colour, so a black-and-white
// printout reads the same: stadium Start/End, box action, diamond question,
// hexagon check, dashed box for a step that does not exist; a dashed line
// is the way a failed check goes.
import { dagre, type Graph } from '../../vendor/graph-layout.js';
import { labelLines, type FlowEdge, type FlowNode, type Flowchart } from '../flowchart.js';
import { assertNever } from '../../system/errors.js';
import { html, type SafeHtml } from './markup.js';
import { arrowHead, basisPath, clipToOutline, n, type Point } from './svg-geometry.js';

/** Text metrics at the chart's 12px font, erring wide (DejaVu Sans) so words never spill out of their box. */
const FONT_SIZE = 12;
const CHAR_WIDTH = 7.2;
const LINE_HEIGHT = 15;
const PAD_X = 10;
const PAD_Y = 7;
/** How far a check's hexagon points stick out beyond its text. */
const HEX_INSET = 12;
/** Width over height of a diamond; wider diamonds take less of the page's height. */
const DIAMOND_RATIO = 2.2;
/** Drawn this much larger than laid out, so short charts read easily; CSS still shrinks tall ones to the page. */
const PRINT_SCALE = 1.25;

/** What dagre leaves on an edge: its route, and where its label goes. */
interface EdgeRoute {
  points: Point[];
  x?: number;
  y?: number;
  width: number;
  height: number;
}

interface Sized {
  node: FlowNode;
  lines: string[];
  width: number;
  height: number;
}

/** Characters per line: questions wrap narrower, as their diamond is wider than its words. */
function wrapWidth(node: FlowNode): number {
  switch (node.kind) {
    case 'decision':
      return 22;
    case 'start':
    case 'end':
    case 'action':
    case 'check':
    case 'missing':
      return 28;
    default:
      return assertNever(node.kind, 'flowchart node kind');
  }
}

function sizeNode(node: FlowNode): Sized {
  const words = node.number === undefined ? node.text : `${node.number}. ${node.text}`;
  const lines = labelLines(words, wrapWidth(node));
  const textWidth = Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH;
  const textHeight = lines.length * LINE_HEIGHT;
  switch (node.kind) {
    case 'start':
    case 'end':
      return { node, lines, width: Math.max(80, textWidth + 2 * PAD_X + 16), height: textHeight + 2 * PAD_Y + 2 };
    case 'decision': {
      // The text's box fits inside the diamond when hw/a + hh/b <= 1 (a, b: half-diagonals).
      const a = textWidth / 2 + DIAMOND_RATIO * (textHeight / 2) + PAD_X;
      return { node, lines, width: 2 * a, height: (2 * a) / DIAMOND_RATIO };
    }
    case 'check':
      return { node, lines, width: textWidth + 2 * PAD_X + 2 * HEX_INSET, height: textHeight + 2 * PAD_Y };
    case 'action':
    case 'missing':
      return { node, lines, width: Math.max(120, textWidth + 2 * PAD_X), height: textHeight + 2 * PAD_Y };
    default:
      return assertNever(node.kind, 'flowchart node kind');
  }
}

function edgeLabelSize(edge: FlowEdge): { width: number; height: number } {
  return edge.label ? { width: edge.label.length * CHAR_WIDTH + 8, height: LINE_HEIGHT + 2 } : { width: 0, height: 0 };
}

/** The outline of a node as a polygon around (0, 0), for shapes that are not rectangles. */
function outline(sized: Sized): Point[] | undefined {
  const w = sized.width / 2;
  const h = sized.height / 2;
  switch (sized.node.kind) {
    case 'decision':
      return [
        { x: 0, y: -h },
        { x: w, y: 0 },
        { x: 0, y: h },
        { x: -w, y: 0 },
      ];
    case 'check': {
      const i = w - HEX_INSET;
      return [
        { x: -i, y: -h },
        { x: i, y: -h },
        { x: w, y: 0 },
        { x: i, y: h },
        { x: -i, y: h },
        { x: -w, y: 0 },
      ];
    }
    case 'start':
    case 'end':
    case 'action':
    case 'missing':
      return undefined;
    default:
      return assertNever(sized.node.kind, 'flowchart node kind');
  }
}

function textLines(sized: Sized, center: Point): SafeHtml {
  const first = -((sized.lines.length - 1) / 2) * LINE_HEIGHT + FONT_SIZE * 0.35;
  return html`${sized.lines.map((line, i) => {
    const y = n(center.y + first + i * LINE_HEIGHT);
    // The step's number in bold, so the chart and the numbered list meet.
    const number = i === 0 && sized.node.number !== undefined ? `${sized.node.number}.` : '';
    return number && line.startsWith(number)
      ? html`<text x="${n(center.x)}" y="${y}"><tspan class="num">${number}</tspan>${line.slice(number.length)}</text>`
      : html`<text x="${n(center.x)}" y="${y}">${line}</text>`;
  })}`;
}

function nodeShape(sized: Sized, c: Point): SafeHtml {
  const w = sized.width;
  const h = sized.height;
  const x = n(c.x - w / 2);
  const y = n(c.y - h / 2);
  const shape = outline(sized);
  if (shape) return html`<polygon points="${shape.map((p) => `${n(c.x + p.x)},${n(c.y + p.y)}`).join(' ')}"/>`;
  const round = sized.node.kind === 'start' || sized.node.kind === 'end' ? n(h / 2) : 2;
  return html`<rect x="${x}" y="${y}" width="${n(w)}" height="${n(h)}" rx="${round}"/>`;
}

interface Layout {
  graph: Graph;
  sized: Map<string, Sized>;
  width: number;
  height: number;
}

/** The room a chart has on its page (binder-css: 180 mm by 205 mm), in SVG pixels (96 per inch). */
const PAGE_WIDTH = (180 / 25.4) * 96;
const PAGE_HEIGHT = (205 / 25.4) * 96;

/** How much a layout is shrunk to fit the page (1 when it fits as drawn). */
function fitScale(layout: Layout): number {
  return Math.min(1, PAGE_WIDTH / (layout.width * PRINT_SCALE), PAGE_HEIGHT / (layout.height * PRINT_SCALE));
}

function laidOut(chart: Flowchart, rankdir: 'TB' | 'LR'): Layout {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir, nodesep: 28, edgesep: 14, ranksep: 34, marginx: 6, marginy: 6 });
  const sized = new Map<string, Sized>();
  for (const node of chart.nodes) {
    const s = sizeNode(node);
    sized.set(node.key, s);
    graph.setNode(node.key, { width: s.width, height: s.height });
  }
  for (const [i, edge] of chart.edges.entries())
    graph.setEdge(edge.from, edge.to, { ...edgeLabelSize(edge), labelpos: 'c' }, `e${i}`);
  dagre.layout(graph);
  const box = graph.graph() as { width: number; height: number };
  return { graph, sized, width: Math.ceil(box.width), height: Math.ceil(box.height) };
}

/**
 * Top to bottom reads most naturally; a long runbook drawn that way would be
 * shrunk to an unreadable size to fit one page, so it is drawn left to right
 * when that keeps the words larger.
 */
function bestLayout(chart: Flowchart): Layout {
  const down = laidOut(chart, 'TB');
  if (fitScale(down) >= 0.75) return down;
  const across = laidOut(chart, 'LR');
  return fitScale(across) > fitScale(down) ? across : down;
}

/** The chart as an `<svg>` element, sized by its own viewBox so CSS can scale it to the page. */
export function flowchartSvg(chart: Flowchart, title: string): SafeHtml {
  const { graph, sized, width, height } = bestLayout(chart);
  const centerOf = (key: string): Point => {
    const node = graph.node(key) as { x: number; y: number };
    return { x: node.x, y: node.y };
  };
  const routes = chart.edges.map((edge, i) => graph.edge({ v: edge.from, w: edge.to, name: `e${i}` }) as EdgeRoute);
  const edges = chart.edges.map((edge, i) => {
    const points = [...routes[i]!.points];
    points[0] = clipToOutline(points[0]!, centerOf(edge.from), outline(sized.get(edge.from)!));
    points[points.length - 1] = clipToOutline(
      points[points.length - 1]!,
      centerOf(edge.to),
      outline(sized.get(edge.to)!),
    );
    const tip = points[points.length - 1]!;
    const before = points[points.length - 2] ?? points[0]!;
    return html`<g class="edge edge-${edge.kind}${edge.back ? ' edge-back' : ''}" data-from="${edge.from}" data-to="${edge.to}"><path d="${basisPath(points)}"/><polygon class="arrow" points="${arrowHead(before, tip)}"/></g>`;
  });
  // Labels after every line, so no line crosses out an answer.
  const labels = chart.edges.map((edge, i) => {
    const at = routes[i]!;
    if (!edge.label || at.x === undefined || at.y === undefined) return '';
    return html`<g class="edge-label"><rect x="${n(at.x - at.width / 2)}" y="${n(at.y - at.height / 2)}" width="${n(at.width)}" height="${n(at.height)}"/><text x="${n(at.x)}" y="${n(at.y + FONT_SIZE * 0.35)}">${edge.label}</text></g>`;
  });
  const nodes = chart.nodes.map((node) => {
    const s = sized.get(node.key)!;
    const c = centerOf(node.key);
    return html`<g class="node node-${node.kind}" data-key="${node.key}">${nodeShape(s, c)}${textLines(s, c)}</g>`;
  });
  return html`<svg class="flowchart-svg" viewBox="0 0 ${width} ${height}" width="${Math.round(width * PRINT_SCALE)}" height="${Math.round(height * PRINT_SCALE)}" role="img" aria-label="${title}"><title>${title}</title>${edges}${labels}${nodes}</svg>`;
}
