// The go-kit as the files of its folder. index.html holds everything needed
// to read and walk the plan (style, data and script inline), so it works
// opened alone as a file; the manifest, the icons and the service worker make
// it installable and offline once it is served over HTTP(S). The Content
// Security Policy allows exactly the page's own inline style and script (by
// their hashes) and the kit's own files: nothing can be fetched from anywhere.
import { updateRecipients } from '../../walk/updates.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../library/locate.js';
import type { Library } from '../../library/library.js';
import { html, trusted } from '../../render/html/markup.js';
import { nodeCrypto } from '../../system/crypto.js';
import { describeDiskError } from '../../system/disk-errors.js';
import { VERSION } from '../../system/version.js';
import { KIT_CSS } from './kit-css.js';
import { KIT_DATA_ID, type KitData } from './kit-data.js';
import { kitPlan, type KitPlan } from './kit-plan.js';
import { plainPage } from './plain-page.js';
import { ICON_FILES, webManifest } from './web-manifest.js';

export type KitFiles = Record<string, string | Buffer>;

/** The browser's scripts and the icons, as scripts/build.mjs leaves them. */
function builtAsset(name: string): Buffer {
  const path = join(packageRoot(), 'dist', 'kit', name);
  try {
    return readFileSync(path);
  } catch (error) {
    // Only a broken install or a source tree never built: a bug to report, not the person's mistake.
    throw new Error(`the go-kit's ${name} is not at ${path} (${describeDiskError(error)}); run npm run build`);
  }
}

function cspHash(text: string): string {
  return `'sha256-${nodeCrypto().createHash('sha256').update(text).digest('base64')}'`;
}

/** JSON inside a <script> block: nothing in it can close the block or start a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function kitData(plan: KitPlan): KitData {
  return {
    exported: plan.exported,
    library: plan.library,
    coopVersion: plan.coopVersion,
    runbooks: plan.runbooks.map(({ runbook, hash, view }) => ({
      runbook,
      hash,
      updateTo: updateRecipients(runbook, view),
    })),
  };
}

function indexHtml(plan: KitPlan, script: string): string {
  if (/<\/script/i.test(script)) throw new Error('the walk script holds "</script": it cannot be inlined');
  const policy = [
    "default-src 'none'",
    `script-src ${cspHash(script)}`,
    `style-src ${cspHash(KIT_CSS)}`,
    "img-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = `${plan.organization ?? 'Continuity plan'}: go-kit`;
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="coop ${plan.coopVersion}">
<meta name="theme-color" content="#000000">
<title>${title}</title>
<link rel="manifest" href="manifest.webmanifest">
<link rel="icon" href="${ICON_FILES.svg}" type="image/svg+xml">
<link rel="apple-touch-icon" href="${ICON_FILES.png192}">
<style>${trusted(KIT_CSS)}</style>
</head>
<body>
${plainPage(plan)}
<script type="application/json" id="${KIT_DATA_ID}">${trusted(scriptJson(kitData(plan)))}</script>
<script>${trusted(script)}</script>
</body>
</html>
`.value;
}

/** The files every copy of the kit keeps offline, as the service worker fetches them. */
const OFFLINE_FILES = [
  './',
  './index.html',
  './manifest.webmanifest',
  ...Object.values(ICON_FILES).map((f) => `./${f}`),
];

function serviceWorker(plan: KitPlan): string {
  const version = `${plan.library.slice(7, 23)}-${plan.exported}`;
  return `const KIT_VERSION=${JSON.stringify(version)};const KIT_FILES=${JSON.stringify(OFFLINE_FILES)};\n${builtAsset('sw.js').toString('utf8')}`;
}

export function renderKit(library: Library, now: Date): KitFiles {
  const plan = kitPlan(library, now, VERSION);
  const files: KitFiles = {
    'index.html': indexHtml(plan, builtAsset('walk.js').toString('utf8').trim()),
    'manifest.webmanifest': webManifest(plan.organization),
    'sw.js': serviceWorker(plan),
  };
  for (const icon of Object.values(ICON_FILES)) files[icon] = builtAsset(icon);
  return files;
}
