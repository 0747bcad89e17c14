// The page around the content: one self-contained file. The Content Security
// Policy lets the page use its own inline style and nothing else, so even a
// runbook string that slipped past escaping could run no script and fetch
// nothing from the network. A page with a script of its own (the rollup's
// sorting) allows that one script by its hash, and no other.
import { nodeCrypto } from '../../system/crypto.js';
import { BINDER_CSS } from './binder-css.js';
import { html, trusted, type SafeHtml } from './markup.js';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface PageOptions {
  /** The style sheet in place of the binder's. */
  css?: string;
  /** The page's one script, run at the end of the body; never give it text from a file. */
  script?: string;
}

function policyFor(script: string | undefined): string {
  if (script === undefined) return POLICY;
  const hash = nodeCrypto().createHash('sha256').update(script).digest('base64');
  return `${POLICY}; script-src 'sha256-${hash}'`;
}

/** A complete HTML page; `pageCss` holds rules built for this document (already escaped). */
export function htmlDocument(title: string, body: SafeHtml, pageCss = '', options: PageOptions = {}): string {
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policyFor(options.script)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="coop">
<title>${title}</title>
<style>${trusted(options.css ?? BINDER_CSS)}${trusted(pageCss)}</style>
</head>
<body>
${body}
${
  options.script === undefined
    ? ''
    : html`<script>${trusted(options.script)}</script>
`
}</body>
</html>
`;
  return page.value;
}
