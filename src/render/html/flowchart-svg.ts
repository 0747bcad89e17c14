// The runbook graph drawn as inline SVG for the binder. dagre places the
// nodes and routes the edges (nothing is placed by hand); this module only
// sizes the boxes for their words and draws what dagre decided. Kinds are
// told apart by shape and line style, never by colour, so a black-and-white
// printout reads the same: stadium Start/End, box action, diamond question,
// hexagon check, dashed box for a step that does not exist; a dashed line
// is the way a failed check goes.
import dagre, { type Graph } from '@dagrejs/dagre';
import { labelLines, type FlowEdge, type FlowNode, type Flowchart } from '../flowchart.js';
import { html, type SafeHtml } from './markup.js';

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
const ARROW_LENGTH = 9;
const ARROW_HALF_WIDTH = 4.5;

interface Point {
  x: number;
  y: number;
}

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
  return node.kind === 'decision' ? 22 : 28;
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
    default:
      return { node, lines, width: Math.max(120, textWidth + 2 * PAD_X), height: textHeight + 2 * PAD_Y };
  }
}

function edgeLabelSize(edge: FlowEdge): { width: number; height: number } {
  return edge.label ? { width: edge.label.length * CHAR_WIDTH + 8, height: LINE_HEIGHT + 2 } : { width: 0, height: 0 };
}

/** The outline of a node as a polygon around (0, 0), for shapes that are not rectangles. */
function outline(sized: Sized): Point[] | undefined {
  const w = sized.width / 2;
  const h = sized.height / 2;
  if (sized.node.kind === 'decision') return [{ x: 0, y: -h }, { x: w, y: 0 }, { x: 0, y: h }, { x: -w, y: 0 }];
  if (sized.node.kind === 'check') {
    const i = w - HEX_INSET;
    return [{ x: -i, y: -h }, { x: i, y: -h }, { x: w, y: 0 }, { x: i, y: h }, { x: -i, y: h }, { x: -w, y: 0 }];
  }
  return undefined;
}

/**
 * dagre ends edges on a node's bounding box; for a diamond or hexagon, move
 * the end in along the same ray to where it meets the outline.
 */
function clipToOutline(end: Point, center: Point, shape: Point[] | undefined): Point {
  if (!shape) return end;
  const dx = end.x - center.x;
  const dy = end.y - center.y;
  let best = 1;
  for (let i = 0; i < shape.length; i++) {
    const p = shape[i]!;
    const q = shape[(i + 1) % shape.length]!;
    // Solve center + t*(dx,dy) = p + s*(q-p) for t in (0, 1], s in [0, 1].
    const ex = q.x - p.x;
    const ey = q.y - p.y;
    const denom = dx * ey - dy * ex;
    if (Math.abs(denom) < 1e-9) continue;
    const t = (p.x * ey - p.y * ex) / denom;
    const s = (p.x * dy - p.y * dx) / denom;
    if (t > 0 && t <= best && s >= -1e-9 && s <= 1 + 1e-9) best = t;
  }
  return { x: center.x + best * dx, y: center.y + best * dy };
}

const n = (v: number) => Math.round(v * 10) / 10;

/** A smooth path through dagre's points (the B-spline d3's curveBasis draws). */
function basisPath(points: Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  if (rest.length === 0) return `M${n(first.x)},${n(first.y)}`;
  if (rest.length === 1) return `M${n(first.x)},${n(first.y)}L${n(rest[0]!.x)},${n(rest[0]!.y)}`;
  let d = `M${n(first.x)},${n(first.y)}`;
  let p0 = first;
  let p1 = rest[0]!;
  d += `L${n((5 * p0.x + p1.x) / 6)},${n((5 * p0.y + p1.y) / 6)}`;
  for (const p of [...rest.slice(1), rest[rest.length - 1]!]) {
    d += `C${n((2 * p0.x + p1.x) / 3)},${n((2 * p0.y + p1.y) / 3)} ${n((p0.x + 2 * p1.x) / 3)},${n((p0.y + 2 * p1.y) / 3)} ${n((p0.x + 4 * p1.x + p.x) / 6)},${n((p0.y + 4 * p1.y + p.y) / 6)}`;
    p0 = p1;
    p1 = p;
  }
  return d + `L${n(p1.x)},${n(p1.y)}`;
}

function arrowHead(from: Point, tip: Point): string {
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const bx = tip.x - ux * ARROW_LENGTH;
  const by = tip.y - uy * ARROW_LENGTH;
  return [
    [tip.x, tip.y],
    [bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH],
    [bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH],
  ]
    .map(([x, y]) => `${n(x!)},${n(y!)}`)
    .join(' ');
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

function laidOut(chart: Flowchart): { graph: Graph; sized: Map<string, Sized> } {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 28, edgesep: 14, ranksep: 34, marginx: 6, marginy: 6 });
  const sized = new Map<string, Sized>();
  for (const node of chart.nodes) {
    const s = sizeNode(node);
    sized.set(node.key, s);
    graph.setNode(node.key, { width: s.width, height: s.height });
  }
  chart.edges.forEach((edge, i) => graph.setEdge(edge.from, edge.to, { ...edgeLabelSize(edge), labelpos: 'c' }, `e${i}`));
  dagre.layout(graph);
  return { graph, sized };
}

/** The chart as an `<svg>` element, sized by its own viewBox so CSS can scale it to the page. */
export function flowchartSvg(chart: Flowchart, title: string): SafeHtml {
  const { graph, sized } = laidOut(chart);
  const centerOf = (key: string): Point => {
    const node = graph.node(key) as { x: number; y: number };
    return { x: node.x, y: node.y };
  };
  const routes = chart.edges.map((edge, i) => graph.edge({ v: edge.from, w: edge.to, name: `e${i}` }) as EdgeRoute);
  const edges = chart.edges.map((edge, i) => {
    const points = [...routes[i]!.points];
    points[0] = clipToOutline(points[0]!, centerOf(edge.from), outline(sized.get(edge.from)!));
    points[points.length - 1] = clipToOutline(points[points.length - 1]!, centerOf(edge.to), outline(sized.get(edge.to)!));
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
  const box = graph.graph() as { width: number; height: number };
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height);
 return html`<svg class="flowchart-svg" viewBox="0 0 ${width} ${height}" width="${Math.round(width * PRINT_SCALE)}" height="${Math.round(height * PRINT_SCALE)}" role="img" aria-label="${title}"><title>${title}</title>${edges}${labels}${nodes}</svg>`;
}
