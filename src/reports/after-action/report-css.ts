// The report's own rules, added to the binder's style sheet: a summary that
// reads at a glance, tables that print without splitting rows, and an
// exercise notice in a frame no one can miss (borders, not colour, because
// browsers drop backgrounds when printing).
export const REPORT_CSS = `
.report h1 { font-size: 20pt; margin: 1mm 0 2mm; }
.report h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1.5pt solid #000; padding-bottom: 0.5mm; break-after: avoid; }
.report h3 { font-size: 11pt; margin: 3mm 0 1mm; }
.report .exercise { border: 3pt double #000; padding: 2mm 4mm; font-size: 14pt; font-weight: bold; text-align: center; letter-spacing: 0.06em; margin: 2mm 0 4mm; }
.report .outcome { font-size: 13pt; font-weight: bold; margin-bottom: 3mm; }
.report table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
.report th, .report td { text-align: left; vertical-align: top; padding: 1mm 2mm 1mm 0; border-bottom: 0.5pt solid #000; }
.report tr { break-inside: avoid; }
.report thead th { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.06em; border-bottom: 1.5pt solid #000; }
.summary-table th { width: 38mm; }
.timeline td:first-child, .facts-table td:first-child { white-space: nowrap; }
.timeline td:nth-child(2), .facts-table td:nth-child(2) { min-width: 24mm; }
.report .times { font-size: 9pt; margin-top: 1.5mm; }
.report .inconsistent { border: 3pt double #000; padding: 2mm 4mm; margin: 2mm 0 4mm; }
.report .notice { border: 1.5pt solid #000; padding: 1.5mm 3mm; margin-top: 2mm; }
.report .none { font-style: italic; }
.report ul { margin-top: 1mm; }
.report li { margin-top: 1mm; }
.report .step-ref { font-weight: bold; white-space: nowrap; }
.check { border: 1pt solid #000; padding: 2mm 3mm; margin-top: 2mm; break-inside: avoid; }
.check.failed { border-width: 2.5pt; }
.check dl { display: grid; grid-template-columns: 24mm 1fr; gap: 0.5mm 2mm; margin: 1mm 0 0; font-size: 9.5pt; }
.check dt { font-weight: bold; }
.check dd { margin: 0; }
.check .cmd, .check .output { font-family: "Liberation Mono", "DejaVu Sans Mono", Consolas, monospace; font-size: 9pt; }
.check .output { border: 0.75pt solid #000; padding: 1.5mm 2mm; white-space: pre-wrap; overflow-wrap: anywhere; margin: 1mm 0 0; }
.check .output-title { font-size: 9pt; margin-top: 1.5mm; }
.contacts-called .called-for { font-size: 9pt; }
.report .made { margin-top: 6mm; font-size: 8.5pt; border-top: 0.75pt solid #000; padding-top: 1.5mm; }
`;
