// The binder's style sheet. Printed first, read on screen second. Rules of
// the page: the content area is at most 180 mm wide and 245 mm high, which is
// what both A4 and US Letter leave inside these margins, so no page size is
// fixed; nothing carries meaning by colour or background (browsers drop
// backgrounds when printing), only by borders, shapes, weight and words; a
// step, a contact row or a chart is never split across pages, and a word
// too long for its line wraps rather than run off the page (Chromium clips
// whatever is wider than the page, and the clipped text is simply gone).
import { escapeCssString } from '../../text/escape.js';

export const BINDER_CSS = `
@page { margin: 18mm 15mm 16mm 15mm; }
* { box-sizing: border-box; }
html { font-family: "Liberation Sans", Arial, Helvetica, "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.35; color: #000; background: #fff; overflow-wrap: anywhere; }
/* A column's heading is a word or two: never broken inside one ("AN / SW / ER" on a phone); the cells still wrap anywhere. */
th { overflow-wrap: normal; }
body { margin: 0; }
h1, h2, h3, p, ul, ol { margin: 0; }
ul { padding-left: 5mm; }
.text { white-space: pre-line; }
.eyebrow { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.08em; }
.sheet + .sheet, .flowchart-page { break-before: page; }
@media screen {
  body { max-width: 190mm; margin: 0 auto; padding: 8mm; }
  .sheet, .flowchart-page { border-bottom: 1px dashed #888; padding-bottom: 8mm; margin-bottom: 8mm; }
}

/* Cover */
.cover h1 { font-size: 22pt; margin: 2mm 0 3mm; }
.cover .generated { font-size: 10.5pt; margin-bottom: 5mm; }
.status { border: 2.5pt solid #000; padding: 3mm 5mm 4mm; margin-bottom: 5mm; break-inside: avoid; }
.status h2 { font-size: 15pt; }
.status h3 { font-size: 10.5pt; margin: 3mm 0 1mm; }
.status p { font-size: 9.5pt; }
.status table { border-collapse: collapse; width: 100%; font-size: 9pt; }
.status td, .status th { text-align: left; padding: 0.3mm 2mm 0.3mm 0; vertical-align: top; border-bottom: 0.5pt solid #000; }
.status .verdict { font-weight: bold; text-transform: uppercase; }
.contents h2 { font-size: 13pt; margin-bottom: 2mm; }
.contents ol { padding-left: 0; list-style: none; }
.contents li { display: grid; grid-template-columns: 22mm 1fr; padding: 1mm 0; border-bottom: 0.5pt solid #000; break-inside: avoid; }
.contents .section-no { font-weight: bold; }
.contents .summary { font-size: 9.5pt; }
.how-to { margin-top: 5mm; font-size: 9.5pt; border-left: 2pt solid #000; padding-left: 3mm; }

/* Contact sheet */
.contacts h2 { font-size: 20pt; margin-bottom: 1mm; }
.contacts .lead { margin-bottom: 4mm; }
.contact-table { border-collapse: collapse; width: 100%; }
.contact-table th { text-align: left; font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.06em; border-bottom: 1.5pt solid #000; padding: 1mm 2mm 1mm 0; }
.contact-table td { vertical-align: top; border-bottom: 0.75pt solid #000; padding: 3mm 2mm 3mm 0; }
.contact-table tr { break-inside: avoid; }
.contact-table .name { font-size: 12.5pt; font-weight: bold; }
.contact-table .role, .contact-table .more { font-size: 9pt; }
.phone-big { font-size: 18pt; font-weight: bold; letter-spacing: 0.02em; }
/* A phone number keeps together; a longer text in its place may wrap rather than run off the page. */
.keep { white-space: nowrap; }
.contact-table .reach { font-weight: bold; font-size: 11pt; margin-bottom: 1mm; }
.write-in { display: block; border-bottom: 1pt solid #000; height: 9mm; width: 52mm; font-size: 8pt; }

/* A runbook */
.runbook-head { border-bottom: 2pt solid #000; padding-bottom: 2mm; margin-bottom: 3mm; }
.runbook-head h2 { font-size: 19pt; margin: 0.5mm 0 1mm; }
.runbook-head .summary { font-size: 11.5pt; }
.facts { font-size: 8.5pt; margin-top: 1.5mm; }
.facts > span + span::before { content: " \\00b7  "; }
.overdue { font-weight: bold; text-transform: uppercase; }
.warnings { border: 3pt double #000; padding: 2.5mm 4mm; margin: 3mm 0; break-inside: avoid; }
.warnings h3, .step-warning b { font-size: 11pt; letter-spacing: 0.1em; }
.warnings p { font-weight: bold; font-size: 11.5pt; margin-top: 1mm; }
.icon { width: 4.2mm; height: 4.2mm; vertical-align: -0.7mm; margin-right: 1mm; }
.notify { border: 1pt solid #000; padding: 2mm 4mm; margin: 3mm 0; break-inside: avoid; }
.notify h3 { font-size: 11pt; }
.notify li { margin-top: 1mm; }
.steps-title { font-size: 12pt; margin: 4mm 0 1mm; }
.steps { list-style: none; padding: 0; }
.step { display: grid; grid-template-columns: 9mm 10mm 1fr 38mm; column-gap: 1.5mm; border-top: 1pt solid #000; padding: 2.5mm 0; break-inside: avoid; }
.step:last-child { border-bottom: 1pt solid #000; }
.box { display: inline-block; width: 5.5mm; height: 5.5mm; border: 1.5pt solid #000; vertical-align: middle; }
.box-small { width: 4mm; height: 4mm; border-width: 1pt; margin-right: 1.5mm; vertical-align: -0.8mm; }
.step-no { font-size: 16pt; font-weight: bold; line-height: 1; }
.step-body > * + * { margin-top: 1mm; }
.step-text { font-size: 12pt; font-weight: bold; }
.phase { font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.08em; border: 0.75pt solid #000; padding: 0 1mm; margin-left: 1.5mm; font-weight: normal; vertical-align: 0.4mm; white-space: nowrap; }
.why { font-size: 9.5pt; font-style: italic; }
.step-warning { border: 1.5pt solid #000; padding: 1mm 2mm; font-weight: bold; }
.call .phone { font-weight: bold; font-size: 12pt; }
.call .role { font-size: 9pt; }
.command { font-family: "Liberation Mono", "DejaVu Sans Mono", Consolas, monospace; font-size: 9.5pt; border: 1pt solid #000; padding: 1.5mm 2mm; white-space: pre-wrap; overflow-wrap: anywhere; }
.branches { list-style: none; padding: 0; }
.branches li { margin-top: 0.8mm; }
.repeat { font-size: 9pt; }
.repeat .slot { display: inline-block; width: 16mm; border-bottom: 1pt solid #000; margin-left: 2mm; height: 5mm; }
.sign { font-size: 7.5pt; }
.sign span { display: block; border-bottom: 1pt solid #000; height: 8mm; padding-top: 0.5mm; }
.sign span + span { margin-top: 1mm; }
.unknown { font-style: italic; }
.end-note { margin-top: 3mm; font-size: 9.5pt; }

/* Flowchart page */
.flowchart-page h3 { font-size: 14pt; margin-bottom: 3mm; }
.flowchart { break-inside: avoid; text-align: center; }
.flowchart-svg { display: block; margin: 0 auto; max-width: 100%; max-height: 205mm; width: auto; height: auto; font-size: 12px; }
.flowchart-svg text { text-anchor: middle; fill: #000; }
.flowchart-svg .num { font-weight: bold; }
.flowchart-svg .node rect, .flowchart-svg .node polygon { fill: #fff; stroke: #000; stroke-width: 1.3; }
.flowchart-svg .node-start rect, .flowchart-svg .node-end rect { stroke-width: 2.2; }
.flowchart-svg .node-missing rect { stroke-dasharray: 3 3; }
.flowchart-svg .edge path { fill: none; stroke: #000; stroke-width: 1.3; }
.flowchart-svg .edge .arrow { fill: #000; stroke: none; }
.flowchart-svg .edge-failure path { stroke-dasharray: 6 4; }
.flowchart-svg .edge-label rect { fill: #fff; stroke: none; }
.flowchart-svg .edge-label text { font-style: italic; font-weight: bold; }
.legend { font-size: 8.5pt; margin-top: 4mm; display: flex; flex-wrap: wrap; justify-content: center; gap: 2mm 6mm; }
.legend svg { width: 12mm; height: 5mm; vertical-align: middle; margin-right: 1mm; }
.legend svg * { fill: #fff; stroke: #000; stroke-width: 1.3; }
.legend svg .line { fill: none; }
.legend svg .dashed { stroke-dasharray: 4 3; }
`;

/** What the page margins of every printed page say, so a loose page still tells where it belongs. */
export interface PageMarks {
  /** Top left: whose plan. */
  plan: string;
  /** Top right: when it was printed, so a stale copy says so. */
  printed: string;
  /** Bottom left of any page not named below. */
  section: string;
  /**
   * Bottom left of the pages of an element with this class (a runbook's
   * `section-3`, the `contacts` sheet). Classes are coop's own, never runbook text.
   */
  named: Array<{ className: string; label: string }>;
}

/** Characters a page-margin text may have: the boxes of one margin share its width, and a longer text would run into its neighbour. */
const MARGIN_TEXT_MAX = 76;

function shortened(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= MARGIN_TEXT_MAX ? line : `${line.slice(0, MARGIN_TEXT_MAX - 1)}…`;
}

const margin = (box: string, text: string) =>
  `@${box} { content: "${escapeCssString(shortened(text))}"; font-size: 8pt; }`;

/**
 * The page-margin rules: a named page per runbook, so its name runs in the
 * footer of every page it takes. Text goes in as escaped CSS strings.
 */
export function pageMarksCss(marks: PageMarks): string {
  const common = [
    margin('top-left', marks.plan),
    margin('top-right', marks.printed),
    '@bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; }',
  ];
  const rules = [`@page { ${[...common, margin('bottom-left', marks.section)].join(' ')} }`];
  for (const { className, label } of marks.named) {
    rules.push(`@page ${className} { ${margin('bottom-left', label)} }`, `.${className} { page: ${className}; }`);
  }
  return rules.join('\n');
}
