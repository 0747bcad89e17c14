// docs/records.md names every field of the JSON that incidents, report and
// status print: a field added without a word in the docs fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as incidents } from '../../src/commands/incidents.js';
import { run as report } from '../../src/commands/report.js';
import { run as status } from '../../src/commands/status.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { IDS, JOURNAL_FOLDER, RECORDS_LIBRARY, recordsIO } from './records-fixtures.js';

const docs = readFileSync(join(REPO_ROOT, 'docs', 'records.md'), 'utf8');
const named = (key: string) => docs.includes(`\`${key}\``) || docs.includes(`"${key}"`);

async function json(
  command: (o: never, io: ReturnType<typeof recordsIO>) => Promise<number>,
  options: object,
): Promise<Record<string, unknown>> {
  const io = recordsIO();
  await command({ runbooks: RECORDS_LIBRARY, journalDir: JOURNAL_FOLDER, ...options } as never, io);
  return JSON.parse(io.out()) as Record<string, unknown>;
}

describe('docs/records.md names every JSON field', () => {
  it('of coop incidents --json, and of each incident', async () => {
    const doc = await json(incidents, { json: true });
    const fields = new Set((doc.incidents as object[]).flatMap((i) => Object.keys(i)));
    for (const key of [...Object.keys(doc), ...fields]) expect(named(key), key).toBe(true);
  });

  it('of coop report --format json', async () => {
    for (const id of [IDS.handedOver, IDS.pausedWithCheck, IDS.drill]) {
      for (const key of Object.keys(await json(report, { incident: id, format: 'json' })))
        expect(named(key), key).toBe(true);
    }
  });

  it('of coop status --json, and of each runbook', async () => {
    const doc = await json(status, { json: true });
    const fields = new Set((doc.runbooks as object[]).flatMap((r) => Object.keys(r)));
    for (const key of [...Object.keys(doc), ...fields]) expect(named(key), key).toBe(true);
  });
});
