// The binder printed as a coordinator prints it: `coop export` to HTML, then
// Debian's Chromium to PDF, read back with poppler (pdftotext,
// pdfinfo, pdftoppm). Skipped, with the reason printed, where those tools are
// not installed; .ci/run installs them from Debian's packages.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { stepText } from '../../src/format/model.js';
import { needsFlowchart } from '../../src/render/flowchart.js';
import { runbookView } from '../../src/library/view.js';
import { HOSTILE_FIELDS, hostile, writeLibrary } from '../render/library-fixture.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { runCoop } from '../helpers/run-coop.js';
import {
  comparable,
  darkPixelsInSideBands,
  missingPdfTools,
  pdfInfo,
  pdfText,
  printedWhole,
  printToPdf,
  readPgm,
} from './pdf.js';

const missing = missingPdfTools;
const skip = missing.length > 0;
if (skip)
  console.warn(
    `export-pdf: skipping the printed-binder tests: ${missing.join(', ')} not installed (apt-get install chromium poppler-utils)`,
  );

/** The binder's HTML with a page size forced, as a browser set to that paper would print it. */
function withPaper(htmlFile: string, size: 'A4' | 'letter'): string {
  const out = htmlFile.replace(/\.html$/, `-${size}.html`);
  writeFileSync(
    out,
    readFileSync(htmlFile, 'utf8').replace('</head>', `<style>@page { size: ${size}; }</style></head>`),
  );
  return out;
}

function exportBinder(args: string[] = []): { dir: string; html: string } {
  const dir = tempDir('coop-binder-');
  const result = runCoop([...args, 'export', '--out', 'binder.html'], { cwd: dir });
  expect(result.code, result.stderr).toBe(0);
  return { dir, html: join(dir, 'binder.html') };
}

/**
 * The layout's rules, for the shipped library: the cover is one page, the
 * contact sheet one page, each runbook's checklist one page (the shipped ones
 * are short enough), and each runbook with a question, check or loop one
 * more page for its flowchart.
 */
function expectedPages(): string[] {
  const library = loadLibrary(SHIPPED_RUNBOOKS);
  const pages = ['Plan status', 'Contact sheet'];
  library.runbooks.forEach((entry, i) => {
    const view = runbookView(library, entry);
    pages.push(`SECTION ${i + 1} OF ${library.runbooks.length} · RUNBOOK ${view.id.toUpperCase()} ${view.title}`);
    if (needsFlowchart(view)) pages.push(`Flowchart: ${i + 1}. ${view.title}`);
  });
  return pages;
}

const printed = skip
  ? undefined
  : await (async () => {
      const { dir, html } = exportBinder();
      const letter = join(dir, 'letter.pdf');
      const a4 = join(dir, 'a4.pdf');
      await printToPdf(withPaper(html, 'letter'), letter);
      await printToPdf(withPaper(html, 'A4'), a4);
      return { dir, letter, a4 };
    })();

describe('the printed binder of the shipped library', () => {
  const library = loadLibrary(SHIPPED_RUNBOOKS);

  it.skipIf(skip)('holds every contact number and every step and warning of every runbook', () => {
    const text = pdfText(printed!.letter);
    for (const { value } of library.contacts) if (value.phone) expect(text).toContain(comparable(value.phone));
    for (const { value: runbook } of library.runbooks) {
      for (const step of runbook.steps)
        expect(text, `${runbook.id}: ${stepText(step)}`).toContain(comparable(stepText(step)));
      for (const warning of runbook.warnings ?? []) expect(text).toContain(comparable(warning));
    }
  });

  it.skipIf(skip)(
    'has the pages the layout intends, in order: cover, contact sheet, each runbook and its flowchart',
    () => {
      const pages = expectedPages();
      expect(pages).toHaveLength(14);
      expect(pdfInfo(printed!.letter).pages).toBe(pages.length);
      for (const [i, heading] of pages.entries())
        expect(pdfText(printed!.letter, i + 1), `page ${i + 1}`).toContain(comparable(heading));
    },
  );

  it.skipIf(skip)("prints each runbook's facts with a dot between them, and none inside one", () => {
    // The facts are spans with a dot before each but the first; a span inside a fact (a day kept on one
    // line) once drew a dot of its own: "next review due · 2017-06-12 · (OVERDUE)".
    expect(pdfText(printed!.letter, 3)).toContain(
      comparable(
        'Source: KS-CPOST Policy 105, V.F (Online Database / FileMaker Down) · Reviewed 2016-06-12, next review due 2017-06-12 (OVERDUE) · Systems:',
      ),
    );
  });

  it.skipIf(skip)('prints the same pages on A4 as on Letter', () => {
    expect(pdfInfo(printed!.letter).size).toMatch(/\(letter\)$/);
    expect(pdfInfo(printed!.a4).size).toMatch(/\(A4\)$/);
    const pages = expectedPages();
    expect(pdfInfo(printed!.a4).pages).toBe(pages.length);
    for (const [i, heading] of pages.entries())
      expect(pdfText(printed!.a4, i + 1), `A4 page ${i + 1}`).toContain(comparable(heading));
  });

  it.skipIf(skip)('says on every page whose plan it is, when it was printed, and which page of how many', () => {
    const total = expectedPages().length;
    for (let page = 1; page <= total; page++) {
      const text = pdfText(printed!.letter, page);
      expect(text).toContain(comparable("Kansas Commission on Peace Officers' Standards & Training (KS-CPOST)"));
      expect(text).toMatch(new RegExp(`Printed\\d{8}:${comparable('check for a newer copy')}`));
      expect(text).toContain(comparable(`Page ${page} of ${total}`));
    }
    expect(pdfText(printed!.letter, 14)).toContain(comparable('Section 6: Severe weather'));
  });

  it.skipIf(skip)('draws nothing into the side margins: no line, box or chart is cut at the page edge', () => {
    for (const pdf of [printed!.letter, printed!.a4]) {
      const prefix = join(printed!.dir, pdf.endsWith('a4.pdf') ? 'a4' : 'letter');
      const run = spawnSync('pdftoppm', ['-gray', '-r', '40', pdf, prefix], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      const total = pdfInfo(pdf).pages;
      for (let page = 1; page <= total; page++) {
        const image = readPgm(`${prefix}-${String(page).padStart(2, '0')}.pgm`);
        // 12 mm of the 15 mm side margins, at 40 dots per inch.
        const band = Math.floor((12 / 25.4) * 40);
        expect(darkPixelsInSideBands(image, band), `${pdf} page ${page}`).toBe(0);
      }
    }
  });
});

/** Fields too long for a line: no hyphens, as pdftotext joins a word broken after one and drops the hyphen. */
const long = (tag: string) => `${tag}_${'x'.repeat(150)}_END`;

/**
 * One printed binder for the awkward libraries: a runbook and a contact with
 * words too long for a line, another pair with markup and escapes in every
 * field (one print instead of two; the two never share a field).
 */
const awkward = skip
  ? undefined
  : await (async () => {
      const dir = writeLibrary({
        'contacts.yaml': {
          organization: hostile('ORG'),
          contacts: [
            { id: 'desk', name: long('NAME'), phone: long('PHONE'), notes: long('NOTES') },
            { id: 'boss', name: hostile('CNAME'), phone: hostile('CPHONE') },
          ],
        },
        'long.yaml': {
          id: 'long',
          title: long('TITLE'),
          warnings: [long('WARN')],
          steps: [
            { do: long('DO'), why: long('WHY'), contacts: ['desk'] },
            { run: long('RUN'), on_failure: 'end' },
          ],
        },
        'evil.yaml': {
          id: 'evil',
          title: hostile('TITLE'),
          warnings: [hostile('WARN')],
          steps: [
            { do: hostile('DO'), contacts: ['boss'] },
            { ask: hostile('ASK'), choices: [{ answer: hostile('YES'), next: 'end' }, { answer: 'No' }] },
          ],
        },
      });
      const { dir: out, html } = exportBinder(['--runbooks', dir]);
      const pdf = join(out, 'awkward.pdf');
      await printToPdf(html, pdf);
      return pdf;
    })();

describe('the printed binder of a library with words too long for a line', () => {
  it.skipIf(skip)('wraps them instead of letting the page edge cut them off', () => {
    // Chromium clips what runs past the page, and pdftotext then has no text for it.
    for (const tag of ['NAME', 'PHONE', 'NOTES', 'TITLE', 'WARN', 'DO', 'WHY', 'RUN'])
      expect(printedWhole(awkward!, long(tag)), tag).toBe(true);
    // And the reading can fail: a word longer than any printed is not found.
    expect(printedWhole(awkward!, `${long('NOTES')}x`)).toBe(false);
  });
});

describe('the printed binder of a hostile library', () => {
  it.skipIf(skip)('shows the hostile text as text, markup and all, and runs none of it', () => {
    // Long runs without a space wrap anywhere.
    const text = pdfText(awkward!);
    for (const field of ['ORG', 'CNAME', 'CPHONE', 'TITLE', 'WARN', 'DO', 'ASK', 'YES']) {
      expect(HOSTILE_FIELDS).toContain(field);
      expect(text, field).toContain(
        comparable(`${field}<script>alert("${field}")</script><img src=x onerror='alert(1)'>`),
      );
    }
    expect(text).toContain('\\e[31mred\\e[0m');
  });
});
