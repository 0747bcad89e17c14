// Printing a page as a coordinator does (Debian's Chromium to PDF) and
// reading it back with poppler (pdfinfo, pdftotext, pdftoppm), in ways that do
// not depend on where lines break: that depends on the fonts installed, and
// the tests must pass whichever fonts a machine has.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { sharedChromium } from './chromium.js';

function installed(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.error === undefined && result.status === 0;
}

/** The printing and reading tools that are not installed, for a test to skip and say why. */
export const missingPdfTools = [
  installed('chromium', ['--version']) ? '' : 'chromium',
  installed('pdftotext', ['-v']) ? '' : 'pdftotext',
  installed('pdfinfo', ['-v']) ? '' : 'pdfinfo',
  installed('pdftoppm', ['-v']) ? '' : 'pdftoppm',
].filter(Boolean);

/** The page this process prints with, in the browser of ./chromium.ts: a context and a page cost as much again as the print. */
let printer: Page | undefined;

/**
 * Prints an HTML file to PDF as the coordinator does, with Chromium's own
 * printing: the page's @page size, no header or footer. The same pages as
 * `chromium --headless --print-to-pdf` makes of the binder (measured: the same
 * text on each of the 14 pages, and the same pixels at 40 dpi), without
 * starting a browser for each print. The files printed are static pages:
 * nothing one leaves in the page is read by the next.
 */
export async function printToPdf(html: string, pdf: string): Promise<void> {
  const browser = await sharedChromium();
  if (printer?.context().browser() !== browser) printer = await (await browser.newContext()).newPage();
  await printer.goto(pathToFileURL(html).href);
  await printer.pdf({ path: pdf, preferCSSPageSize: true });
}

// A printed PDF is never changed once read: each is read by each tool once (a
// test reads a binder's 14 pages a few times over), however many checks ask.
const once = new Map<string, unknown>();
function readOnce<T>(tool: string, pdf: string, read: () => T): T {
  const key = `${tool} ${pdf}`;
  if (!once.has(key)) once.set(key, read());
  return once.get(key) as T;
}

export function pdfInfo(pdf: string): { pages: number; size: string } {
  return readOnce('pdfinfo', pdf, () => {
    const out = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    return { pages: Number(out.match(/^Pages:\s+(\d+)/m)![1]), size: out.match(/^Page size:\s+(.*)$/m)![1]! };
  });
}

/**
 * Text as it can be compared whatever the fonts: with only DejaVu,
 * "OUTLOOK-OFFLINE" wraps at its hyphen and reads back as "OUTLOOK- OFFLINE",
 * and pdftotext drops the hyphen of a word broken after one. White space and
 * hyphens are left out of both sides of every comparison.
 */
export function comparable(text: string): string {
  return text.replace(/[\s\u00ad-]+/g, '');
}

/** The text of one page (or all), comparable (see above). */
export function pdfText(pdf: string, page?: number): string {
  // pdftotext ends every page with a form feed: page N of the whole text is what `-f N -l N` gives.
  const pages = readOnce('pdftotext', pdf, () =>
    spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout.split('\f'),
  );
  return comparable(page === undefined ? pages.join('') : (pages[page - 1] ?? ''));
}

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

/** Every word of every page with its box (pdftotext -bbox), a page's words in the order poppler reads them. */
function wordsByPage(pdf: string): Word[][] {
  return readOnce('pdftotext -bbox', pdf, () => readWordsByPage(pdf));
}

function readWordsByPage(pdf: string): Word[][] {
  const xhtml = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
  return xhtml
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
        (m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: decodeXml(m[4]!) }),
      ),
    );
}

function decodeXml(text: string): string {
  return text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!,
  );
}

/**
 * Whether `word` (no spaces) is printed whole somewhere: its first piece, then
 * each next piece on a line below that overlaps the piece before it. A word
 * wrapped in a table cell reads back this way even where pdftotext's plain
 * text interleaves it with the cells beside it; a word cut off at the page
 * edge does not, because its end is not printed.
 */
export function printedWhole(pdf: string, word: string): boolean {
  return wordsByPage(pdf).some((words) =>
    words.some((first) => {
      if (first.text === '' || !word.startsWith(first.text)) return false;
      let read = first.text;
      for (let piece = first; read !== word; ) {
        const below = words
          .filter((w) => w.yMin > piece.yMin + 0.5 && w.xMin < piece.xMax && w.xMax > piece.xMin)
          .filter((w) => w.text !== '' && word.startsWith(read + w.text))
          .sort((a, b) => a.yMin - b.yMin)[0];
        if (!below) return false;
        read += below.text;
        piece = below;
      }
      return true;
    }),
  );
}

interface Pgm {
  width: number;
  height: number;
  pixels: Buffer;
}

export function readPgm(file: string): Pgm {
  const data = readFileSync(file);
  const header = data
    .subarray(0, 64)
    .toString('latin1')
    .match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/)!;
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
}

export function darkPixelsInSideBands(image: Pgm, band: number): number {
  let dark = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < band; x++) {
      if (image.pixels[y * image.width + x]! < 200) dark++;
      if (image.pixels[y * image.width + (image.width - 1 - x)]! < 200) dark++;
    }
  }
  return dark;
}
