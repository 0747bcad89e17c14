// The BIA as one printable page in the binder's style: a table of every
// system, then what is missing. Every value goes through the escaping template.
import { IMPACT_SPANS, SPAN_WORDS } from '../../format/impact.js';
import { htmlDocument } from '../html/document.js';
import { html } from '../html/markup.js';
import { biaTitle, NO_SYSTEMS, type BiaReport } from './model.js';

const CSS = `
.bia h1 { font-size: 18pt; margin: 1mm 0 2mm; }
.bia table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 3mm 0; }
.bia th { text-align: left; border-bottom: 1.5pt solid #000; padding: 1mm 2mm 1mm 0; vertical-align: bottom; }
.bia td { border-bottom: 0.75pt solid #000; padding: 1.5mm 2mm 1.5mm 0; vertical-align: top; }
.bia tr { break-inside: avoid; }
.bia .severe { font-weight: bold; text-transform: uppercase; }
.bia h2 { font-size: 12pt; margin-top: 4mm; }
`;

export function renderBiaHtml(report: BiaReport): string {
  const title = biaTitle(report);
  const rows = report.systems.map(
    (row) => html`<tr>
<td><b>${row.name}</b><br>${row.id}</td>
<td>${[...row.runbooks.map((r) => `runbook ${r.id}`), ...row.functions].map((d, i) => html`${i ? html`<br>` : ''}${d}`)}</td>
${IMPACT_SPANS.map((span) => html`<td class="${row.impacts[span] ?? 'unknown'}">${row.impacts[span] ?? '-'}</td>`)}
<td>${row.mtd ?? '-'}</td><td>${row.rto ?? '-'}</td><td>${row.rpo ?? '-'}</td>
<td>${row.analysed ? html`${row.analysed.date}<br>${row.analysed.by}` : 'never'}</td>
</tr>`,
  );
  const gaps = report.systems.filter((r) => r.gaps.length > 0);
  const body = html`<article class="sheet bia">
<div class="eyebrow">Business impact analysis · NIST SP 800-34</div>
<h1>${title}</h1>
<p>Made with coop on ${report.today}. The RTO (how long recovery may take) must not be longer than the MTD (how long the office can bear to be without the system).</p>
${
  report.systems.length === 0
    ? html`<p>${NO_SYSTEMS}</p>`
    : html`<table><thead><tr><th>System</th><th>Depends on it</th>${IMPACT_SPANS.map((s) => html`<th>${SPAN_WORDS[s]}</th>`)}<th>MTD</th><th>RTO</th><th>RPO</th><th>Analysed</th></tr></thead><tbody>${rows}</tbody></table>`
}
${gaps.length > 0 ? html`<h2>Still to do</h2><ul>${gaps.map((r) => html`<li><b>${r.name}</b>: ${r.gaps.join('; ')}.</li>`)}</ul>` : ''}
</article>`;
  return htmlDocument(title, body, CSS);
}
