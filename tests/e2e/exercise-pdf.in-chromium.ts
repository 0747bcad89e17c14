// The after-action report and improvement plan printed as a coordinator
// prints it: `coop exercise report --format html` from the built binary, then
// Debian's Chromium to PDF, read back with pdftotext. The record is
// one coop wrote for the shipped example exercise (a run at a terminal with
// every inject, rating and a corrective action); the words asserted are the
// exercise file's and the record's, whatever the line breaks.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { runCoop } from '../helpers/run-coop.js';
import { comparable, missingPdfTools, pdfText, printToPdf } from './pdf.js';

const RECORD = '20261201-090054-power-loss-tabletop-ivem';
const skip = missingPdfTools.length > 0;
if (skip)
  console.warn(
    `exercise-pdf: skipping the printed report: ${missingPdfTools.join(', ')} not installed (apt-get install chromium poppler-utils)`,
  );

describe.skipIf(skip)('coop exercise report, printed to PDF', () => {
  it('holds every objective, every rating and the corrective action, and says it is an example', async () => {
    const dir = tempDir('coop-aar-');
    const lib = join(dir, 'lib');
    cpSync(SHIPPED_RUNBOOKS, lib, { recursive: true });
    cpSync(join(FIXTURES, 'exercises', 'improvements.yaml'), join(lib, 'improvements.yaml'));
    cpSync(join(FIXTURES, 'exercises', 'journal'), join(dir, 'journal'), { recursive: true });
    const html = join(dir, 'aar.html');
    const r = runCoop(
      ['exercise', 'report', RECORD, '--format', 'html', '--out', html, '--runbooks', lib, '--journal-dir', 'journal'],
      { cwd: dir, env: { TZ: 'UTC' } },
    );
    expect(r.code, r.stderr).toBe(0);
    const pdf = join(dir, 'aar.pdf');
    await printToPdf(html, pdf);
    const text = pdfText(pdf);
    for (const words of [
      'EXAMPLE exercise',
      'Power-loss tabletop: the Director is not in the office',
      'Staff shut off all computer hardware and power down the servers, so that the battery backups last and no data is corrupted.',
      'Staff carry out the power-loss procedure without the Executive Director in the office, and keep the Director updated until the power is back.',
      'P - Performed without challenges',
      'S - Performed with some challenges',
      'Took a while to decide who calls the Director',
      'No one named to call',
      'Equipment shut down quickly',
      'No one was named to act when the Director is away',
      'power-loss-tabletop-1',
      'Name who calls the Director when she is away',
      '2026-12-15',
    ])
      expect(text, words).toContain(comparable(words));
  });
});
