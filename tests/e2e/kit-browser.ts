// What the go-kit's browser tests share: the kit exported into a folder, a
// static server on 127.0.0.1 that counts what it serves, and a phone's screen
// for Debian's chromium (./chromium.ts). Firefox is left out: Playwright
// drives only its own patched Firefox, which cannot be downloaded here, not
// Debian's firefox-esr.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { BrowserContextOptions } from 'playwright-core';
import { coop } from '../helpers/coop.js';
import { tempDir } from '../helpers/paths.js';
import { noChromium } from './chromium.js';

if (noChromium) console.warn(`go-kit browser tests skipped: ${noChromium}`);
console.warn(
  "go-kit browser tests run in chromium only: Playwright cannot drive Debian's firefox-esr (it needs its own patched Firefox, which cannot be downloaded here)",
);

/** A phone: small screen, touch, a phone's user agent. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36',
};

/** `coop export --format kit` of a library into a fresh folder. */
export async function exportKit(runbooks: string): Promise<string> {
  const out = join(tempDir('coop-kit-'), 'go-kit');
  const result = await coop(['export', '--format', 'kit', '--out', out, '--runbooks', runbooks]);
  if (result.code !== 0) throw new Error(`coop export --format kit failed: ${result.stderr}`);
  return out;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface KitServer {
  url: string;
  /** Paths asked for, in order. */
  served: string[];
  close(): Promise<void>;
}

/** Serves the folder as any static host would. */
export async function serveKit(dir: string): Promise<KitServer> {
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    served.push(path);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    served,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
