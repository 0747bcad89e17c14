// The rollup page's style sheet. On screen a wide table that scrolls; on
// paper landscape, each agency's section starting on a new page, no row
// split, and the statuses still readable without colour (a mark and a word
// in every status cell, as browsers drop backgrounds when printing).
export const ROLLUP_CSS = `
* { box-sizing: border-box; }
html { font-family: "Liberation Sans", Arial, Helvetica, "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.35; color: #000; background: #fff; overflow-wrap: break-word; }
body { margin: 0 auto; padding: 6mm; max-width: 1400px; }
h1 { font-size: 18pt; margin: 0 0 3mm; }
h2 { font-size: 14pt; margin: 6mm 0 2mm; }
h3 { font-size: 11pt; margin: 3mm 0 1mm; }
table { border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 1mm 2mm; border-bottom: 0.5pt solid #000; }
thead th { border-bottom: 1.5pt solid #000; font-size: 9pt; overflow-wrap: normal; hyphens: auto; }
.points td.met { font-weight: bold; white-space: nowrap; }
.agencies { width: 100%; font-size: 9pt; }
.agencies tr { break-inside: avoid; }
.agencies th button { display: none; font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; text-align: left; text-decoration: underline dotted; }
.agencies.sortable th button { display: inline; }
.agencies.sortable th .plain { display: none; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
td.s-ok::before { content: "\\2713 "; }
td.s-attention { font-weight: bold; background: #fde2e1; }
td.s-attention::before { content: "\\2717 "; }
td.s-not-recorded { color: #444; font-style: italic; }
td.s-not-recorded::before { content: "\\2013 "; }
td.s-unreadable { background: #eee; }
td.s-unreadable[data-status="unreadable"]:nth-child(2) { font-weight: bold; }
td .word { font-weight: normal; font-size: 8pt; }
.agency { border-top: 1.5pt solid #000; margin-top: 6mm; }
.agency .problem { font-weight: bold; border-left: 2pt solid #000; padding-left: 2mm; }
.facts th { font-weight: normal; width: 40%; }
.findings { padding-left: 6mm; font-size: 9pt; }
.findings .severity { text-transform: uppercase; font-weight: bold; font-size: 8pt; }
.findings .rule { color: #444; }
@media screen { section:first-of-type + section { overflow-x: auto; } }
@media print {
  @page { size: landscape; margin: 12mm; }
  body { padding: 0; max-width: none; }
  .agencies, .agencies thead th { font-size: 7.5pt; }
  td .word { font-size: 6.5pt; }
  .agencies th button, .hint { display: none !important; }
  .agencies th .plain { display: inline !important; }
  .agency { break-before: page; border-top: 0; }
  a { color: #000; text-decoration: none; }
}
`;
