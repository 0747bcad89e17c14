// coop lint judges the plan against the incidents and drills on record: a
// recovery longer than a system's RTO is a warning; no journals, no finding;
// and a cached lint is not used once the journal folder has changed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { coop } from '../helpers/coop.js';
import { tempDir } from '../helpers/paths.js';
import { journalText } from '../journal/journal-builder.js';
import { coopIn, shippedCopy } from '../edit/library-copy.js';

/** The shipped plan with servers given an RTO of 1 hour, and a journal folder with a 3-hour incident of servers-offline. */
async function planWithSlowIncident(
  end: Parameters<typeof journalText>[1]['inputs'][number][1] = {
    type: 'answer',
    answer: 'Yes',
  },
) {
  const cwd = shippedCopy();
  await coopIn(cwd, 'bia', 'servers', '--mtd', '1d', '--rto', '1h', '--rpo', '24h', '--yes');
  const journals = join(cwd, 'journal');
  mkdirSync(journals, { recursive: true });
  const id = '20261120-090000-servers-offline-a2b3';
  const text = journalText(loadLibrary(join(cwd, 'runbooks')), {
    id,
    runbook: 'servers-offline',
    person: 'Pat',
    startedAt: '2026-11-20T09:00:00Z',
    inputs: [
      [10, { type: 'done' }],
      [20, { type: 'done' }],
      [180, end],
    ],
  });
  return { cwd, journals, write: () => writeFileSync(join(journals, `${id}.jsonl`), text) };
}

const WARNING =
  'runbooks/systems.yaml:14:10: warning: system "servers" has an RTO of 1h, but incident 20261120-090000-servers-offline-a2b3 (servers-offline, 2026-11-20) took 3h 00m; recover faster, or make the analysis again (coop bia servers) [recovery-exceeded-rto]';

describe('coop lint and the journals', () => {
  it('warns when an incident on record took longer than the RTO of a system its runbook recovers', async () => {
    const { cwd, write } = await planWithSlowIncident();
    write();
    const { code, out } = await coopIn(cwd, 'lint', '--today', '2026-11-23');
    expect(out.split('\n')).toContain(WARNING);
    expect(code).toBe(0);
  });

  it('leaves out an incident closed as started by mistake (coop close --mistake)', async () => {
    const { cwd, write } = await planWithSlowIncident({ type: 'close', reason: 'started by mistake', mistake: true });
    write();
    const { code, out } = await coopIn(cwd, 'lint', '--today', '2026-11-23');
    expect(out).not.toContain('recovery-exceeded-rto');
    expect(code).toBe(0);
  });

  it('finds nothing, and does not fail, without journals', async () => {
    const { cwd } = await planWithSlowIncident();
    const { code, out } = await coopIn(cwd, 'lint', '--journal-dir', join(tempDir(), 'none'));
    expect(out).not.toContain('recovery-exceeded-rto');
    expect(code).toBe(0);
  });

  it('does not answer from the cache once a journal was added', async () => {
    const { cwd, write } = await planWithSlowIncident();
    const cache = { COOP_CACHE_DIR: tempDir(), COOP_JOURNAL_DIR: join(cwd, 'journal') };
    const lint = async () => (await coop(['lint', '--today', '2026-11-23'], { cwd, env: cache })).stdout;
    expect(await lint()).not.toContain('recovery-exceeded-rto');
    write();
    expect((await lint()).split('\n')).toContain(WARNING);
  });
});
