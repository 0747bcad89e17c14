// The statewide view's rows on a state of fixture agencies: each fact of the
// issue, judged on a fixed day, and the summary of the ITEC 5300 points.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollup, type Rollup } from '../../src/reports/rollup/rollup.js';
import type { AgencyRow } from '../../src/reports/rollup/row.js';
import { sourcesFromFolders } from '../../src/reports/rollup/sources.js';
import { renderRollupHtml } from '../../src/reports/rollup/html.js';
import { renderRollupCsv } from '../../src/reports/rollup/csv.js';
import { renderRollupJson } from '../../src/reports/rollup/json.js';
import { tempDir } from '../helpers/paths.js';
import { AGENCIES, AGENCY_NAMES, journalsFolder, NOW, stateFolder } from './rollup-fixtures.js';

function state(options: { journals?: boolean } = {}): Promise<Rollup> {
  const dir = stateFolder();
  const journals = options.journals ? { journals: journalsFolder() } : {};
  return rollup(sourcesFromFolders([dir], dir), { now: new Date(NOW), cwd: dir, ...journals });
}

const rowOf = (report: Rollup, name: string): AgencyRow => report.rows.find((r) => r.name === name)!;

describe('coop rollup, row by row', async () => {
  const report = await state({ journals: true });

  it('has one row per agency library of the folder, the unreadable one included', () => {
    expect(report.rows.map((r) => r.name)).toEqual(AGENCY_NAMES);
    expect(report).toMatchObject({ agencies: 5, unreadable: 1, broken: 1, runbooks: 5 });
  });

  it('gives a clean agency its organization, owner and counts, every point met', () => {
    expect(rowOf(report, 'clean-agency')).toMatchObject({
      organization: 'Clean County Emergency Office',
      owners: ['Pat Lee, Executive Director'],
      runbooks: 1,
      lint: { errors: 0, warnings: 0, byRule: {} },
      reviews: { overdue: 0, neverReviewed: 0, longestOverdueDays: null },
      exercises: { last: '2026-10-01', inLast12Months: true },
      incidents: { last12Months: 1, drills: 1, open: 0 },
      contacts: { total: 2, notVerifiedInYear: 0 },
      systems: { total: 1, withoutObjectives: [], lastBia: '2026-09-15' },
      points: {
        'itec-5300-6.2': 'met',
        'itec-5300-6.4': 'met',
        'itec-5300-6.5': 'met',
        'itec-5300-6.6': 'met',
        'itec-5300-6.7': 'met',
      },
    });
  });

  it('says how many reviews are overdue and by how long, and counts the warnings by rule', () => {
    const row = rowOf(report, 'overdue-agency');
    // power-loss was due 2025-05-01: 578 days before 2026-11-30; fire was never reviewed.
    expect(row.reviews).toEqual({ overdue: 2, neverReviewed: 1, longestOverdueDays: 578 });
    expect(row.lint.byRule).toEqual({
      'contact-verified-stale': { errors: 0, warnings: 1 },
      'improvement-overdue': { errors: 0, warnings: 1 },
      'review-overdue': { errors: 0, warnings: 2 },
    });
    expect(row.correctiveActions).toEqual({ open: 1, overdue: 1 });
    expect(row.contacts).toEqual({ total: 2, notVerifiedInYear: 2 });
    expect(row.exercises).toEqual({ last: '2025-01-01', inLast12Months: false });
    expect(row.points['itec-5300-6.4']).toBe('not-met');
    expect(row.points['itec-5300-6.7']).toBe('not-met');
  });

  it('names the systems without an RTO or RPO', () => {
    const row = rowOf(report, 'no-rto-agency');
    expect(row.systems).toMatchObject({ total: 2, withoutObjectives: ['servers', 'mail'] });
    expect(row.points['itec-5300-6.5']).toBe('not-met');
  });

  it('keeps the findings of a broken library as file:line, and says what is broken', () => {
    const row = rowOf(report, 'broken-agency');
    expect(row).toMatchObject({ readable: true, brokenFiles: 1, lint: { errors: 1 } });
    expect(row.problem).toMatch(/^1 file with problems \(first: .*flood\.yaml:5:10: a quoted value is never closed/);
    expect(row.findings).toEqual([expect.objectContaining({ rule: 'yaml-syntax', line: 5, col: 10 })]);
    expect(row.points['itec-5300-6.2']).toBe('not-met');
  });

  it('makes a row of a folder that cannot be read, meeting no point', () => {
    const row = rowOf(report, 'unreadable-agency');
    expect(row.readable).toBe(false);
    expect(row.problem).toBe('unreadable-agency does not exist');
    expect(Object.values(row.points)).toEqual(Array(5).fill('not-met'));
  });

  it('gives a folder that cannot be read no counts, in no format: never a 0 that reads as spotless', () => {
    const index = report.rows.findIndex((r) => r.name === 'unreadable-agency');
    const csv = renderRollupCsv(report).split('\r\n');
    const headings = csv[0]!.split(',');
    const cells = csv[index + 1]!.split(',');
    const counted = ['Runbooks', 'Lint errors', 'Lint warnings', 'Reviews overdue'];
    for (const heading of counted) expect(cells[headings.indexOf(heading)], heading).toBe('');
    expect(cells[headings.indexOf('Library state')]).toBe('unreadable');
    const json = JSON.parse(renderRollupJson(report)) as { rows: Array<Record<string, unknown>> };
    expect(json.rows[index]).toMatchObject({
      readable: false,
      runbooks: null,
      lint: null,
      reviews: null,
      contacts: null,
    });
    const page = renderRollupHtml(report, { cwd: stateFolder() });
    const section = page.slice(page.indexOf(`id="agency-${index + 1}"`));
    expect(section.slice(0, section.indexOf('</section>'))).not.toMatch(/<td>0<\/td>/);
  });

  it('counts the agencies that meet each point', () => {
    expect(report.points).toEqual({
      'itec-5300-6.2': { met: 3, notMet: 2, notRecorded: 0 },
      'itec-5300-6.4': { met: 3, notMet: 2, notRecorded: 0 },
      'itec-5300-6.5': { met: 3, notMet: 2, notRecorded: 0 },
      'itec-5300-6.6': { met: 4, notMet: 1, notRecorded: 0 },
      'itec-5300-6.7': { met: 1, notMet: 4, notRecorded: 0 },
    });
  });
});

describe('coop rollup without journals', () => {
  it("says exercises and incidents are not recorded, rather than none; corrective actions are the library's own", async () => {
    const report = await state();
    const row = rowOf(report, 'clean-agency');
    expect(row).toMatchObject({ exercises: null, incidents: null, correctiveActions: null });
    expect(rowOf(report, 'overdue-agency').correctiveActions).toEqual({ open: 1, overdue: 1 });
    expect(row.points['itec-5300-6.7']).toBe('not-recorded');
  });
});

describe('coop rollup and journals that cannot be believed', () => {
  it('counts no exercise from a drill whose journal is inconsistent, and notes it on the row', async () => {
    const dir = stateFolder();
    const journals = journalsFolder();
    const drill = join(journals, 'clean-agency', '20261001-100000-power-loss-d1r1.jsonl');
    writeFileSync(drill, readFileSync(drill, 'utf8').replace('"seq":3,', '"seq":9,'));
    const report = await rollup(sourcesFromFolders([dir], dir), { now: new Date(NOW), cwd: dir, journals });
    const row = rowOf(report, 'clean-agency');
    expect(row.exercises).toEqual({ last: null, inLast12Months: false });
    expect(row.notes).toEqual([
      expect.stringMatching(
        /^1 journal in .*clean-agency not believed \(first: .*20261001-100000-power-loss-d1r1\.jsonl: the journal is inconsistent/,
      ),
    ]);
  });
});

describe('which folders are agencies', () => {
  it('takes a folder holding YAML files as one library', () => {
    const clean = join(AGENCIES, 'clean-agency');
    expect(sourcesFromFolders([clean], AGENCIES)).toEqual([{ dir: clean, name: 'clean-agency' }]);
  });
});

describe('the page says why a cell needs attention where the number alone would mislead', () => {
  it('a library with no systems.yaml: "0 (no systems listed)", not "0 (needs attention)"', async () => {
    const dir = tempDir();
    cpSync(join(AGENCIES, 'clean-agency'), join(dir, 'no-systems-agency'), { recursive: true });
    rmSync(join(dir, 'no-systems-agency', 'systems.yaml'));
    const page = renderRollupHtml(await rollup(sourcesFromFolders([dir], dir), { now: new Date(NOW), cwd: dir }), {
      cwd: dir,
    });
    expect(page).toContain('>0 <span class="word">(no systems listed)</span></td>');
  });
});
