// Random and mutated YAML never makes the loader or lint throw: every problem
// and finding has a file, a line and column from 1, a known code and a
// one-line message, and the lint formats carry no raw control character.
// In-process (src/ imported directly) so that hundreds of files run in seconds.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { LOADER_CODES } from '../../src/library/problem.js';
import { allRules, lintLibrary } from '../../src/lint/engine.js';
import { render as compact } from '../../src/lint/formats/compact.js';
import { render as json } from '../../src/lint/formats/json.js';
import { countFindings } from '../../src/lint/finding.js';
import { RAW_CONTROL } from '../helpers/expect-run.js';
import { tempDir } from '../helpers/paths.js';
import { mutatedFile, seedFiles, yamlSoup } from './yaml-mutations.js';
import { propertyRuns } from '../helpers/property-runs.js';

const TODAY = '2026-11-23';
const GOOD_CONTACTS = 'contacts:\n  - id: director\n    name: Director\n    phone: "(316) 555-0100"\n';
/** Which file of the library the broken bytes become: a runbook, or one of the shared files. */
const AS_FILE = fc.constantFrom('drill.yaml', 'drill.yaml', 'drill.yaml', 'contacts.yaml', 'systems.yaml', 'coop.yaml');
const RULE_IDS = new Set(allRules().map((r) => r.id));
const RUNS = propertyRuns(150);

const root = tempDir('coop-fuzz-');
/** One library folder for each file name the bytes may take, rewritten by every case that takes it. */
const folders = new Map<string, string>();

/** A library folder holding good contacts and `bytes` as `name`. */
function libraryWith(name: string, bytes: Buffer): string {
  // The folders are kept and the file overwritten: removing a folder waits for the disk (2 to 5 ms on
  // ext4 here), and a thousand cases made and removed one each took half the time of this file.
  let dir = folders.get(name);
  if (dir === undefined) {
    dir = join(root, name.replace(/\.yaml$/, ''));
    mkdirSync(dir);
    writeFileSync(join(dir, 'contacts.yaml'), GOOD_CONTACTS);
    folders.set(name, dir);
  }
  writeFileSync(join(dir, name), bytes);
  return dir;
}

/**
 * What is wrong with where a problem or finding says it is, for `faults`. Checked by hand and asserted
 * once a case: vitest's expect() costs about as much as loading and linting the file (measured: 4.5 s of
 * this file's 5.5 s of CPU went on expect() calls made for every problem and finding).
 */
function placementFaults(
  where: { file: string; line: number; col: number; message: string },
  lines: number,
  what: string,
): string[] {
  const faults: string[] = [];
  if (!/\S/.test(where.file)) faults.push(`${what}: no file`);
  if (!(Number.isInteger(where.line) && where.line >= 1 && where.line <= lines + 1))
    faults.push(`${what}: line ${where.line} of ${lines}`);
  if (!(Number.isInteger(where.col) && where.col >= 1)) faults.push(`${what}: col ${where.col}`);
  if (!/\S/.test(where.message)) faults.push(`${what}: no message`);
  if (/[\n\r\u2028\u2029]/.test(where.message)) faults.push(`${what}: not one line`);
  return faults;
}

const LOADER_CODE_NAMES = new Set(Object.keys(LOADER_CODES));

function loadsAndLints(name: string, bytes: Buffer): void {
  const dir = libraryWith(name, bytes);
  const lines = bytes.toString('latin1').split('\n').length;
  // A throw fails the property, and fast-check reports it with the case that made it.
  const library = loadLibrary(dir, { cwd: dir });
  const faults: string[] = [];
  for (const p of library.problems) {
    const what = `problem ${JSON.stringify(p)}`;
    faults.push(...placementFaults(p, p.file === name ? lines : 1000, what));
    if (!LOADER_CODE_NAMES.has(p.code)) faults.push(`${what}: not a loader code`);
  }
  const findings = lintLibrary(library, { today: TODAY });
  for (const f of findings) {
    const what = `finding ${JSON.stringify(f)}`;
    faults.push(...placementFaults(f, f.file === name ? lines : 1000, what));
    if (!RULE_IDS.has(f.rule)) faults.push(`${what}: not a rule`);
  }
  const report = {
    findings,
    counts: countFindings(findings),
    sources: new Map(library.files.map((f) => [f.displayPath, f])),
    rules: allRules(),
    filesChecked: 1,
    today: TODAY,
  };
  const options = { color: false, version: 't', cwd: dir };
  if (RAW_CONTROL.test(compact(report, options))) faults.push('compact: a raw control character');
  const out = json(report, options);
  if (RAW_CONTROL.test(out)) faults.push('json: a raw control character');
  const listed = (JSON.parse(out) as { findings: unknown[] }).findings.length;
  if (listed !== findings.length) faults.push(`json: ${listed} findings of ${findings.length}`);
  expect(faults).toEqual([]);
}

describe('the loader and lint on broken YAML', () => {
  const seeds = seedFiles();

  it('has real files to mutate', () => {
    expect(seeds.length).toBeGreaterThan(50);
  });

  it('mutated library files: no exception, every problem well placed and one line', () => {
    fc.assert(fc.property(AS_FILE, mutatedFile(seeds), loadsAndLints), { numRuns: RUNS });
  });

  it('YAML token soup: the same', () => {
    fc.assert(fc.property(AS_FILE, yamlSoup, loadsAndLints), { numRuns: RUNS });
  });

  it('the seeds themselves, unmutated, in every role', () => {
    for (const seed of seeds) for (const name of ['drill.yaml', 'contacts.yaml']) loadsAndLints(name, seed);
  });
});
