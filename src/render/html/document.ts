// The page around the content: one self-contained file. The Content Security
// Policy lets the page use its own inline style and nothing else, so even a
// runbook string that slipped past escaping could run no script and fetch
// nothing from the network.
import { BINDER_CSS } from './binder-css.js';
import { html, trusted, type SafeHtml } from './markup.js';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** A complete HTML page; `pageCss` holds rules built for this document (already escaped). */
export function htmlDocument(title: string, body: SafeHtml, pageCss = ''): string {
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="coop">
<title>${title}</title>
<style>${trusted(BINDER_CSS)}${trusted(pageCss)}</style>
</head>
<body>
${body}
</body>
</html>
`;
  return page.value;
}
