// Files in a journal folder that are not journals and would hang or exhaust
// a reader that trusts `stat`: a named pipe called *.jsonl (opening it waits
// for a writer for ever, deaf to Ctrl-C) and a symbolic link to /dev/zero
// (endless bytes, size 0). Through the built binary, so a hang is a timeout
// of the process, not of this test's worker.
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCoop } from '../helpers/run-coop.js';
import { copyOf, IDS, JOURNAL_FOLDER, RECORDS_LIBRARY } from '../reports/records-fixtures.js';

const FIFO = '20261125-090000-fire-p1pe';
const ZERO = '20261125-090000-fire-zer0';

function hostileFolder(): string {
  const dir = copyOf(JOURNAL_FOLDER, [IDS.handedOver]);
  execFileSync('mkfifo', [join(dir, `${FIFO}.jsonl`)]);
  symlinkSync('/dev/zero', join(dir, `${ZERO}.jsonl`));
  return dir;
}

const leftOut = (dir: string, id: string) =>
  `coop: warning: ${join(dir, `${id}.jsonl`)}: is not a regular file (a named pipe, a device or a socket), so it is not a journal; left out\n`;

describe('a named pipe and a link to /dev/zero in the journal folder', () => {
  it('incidents, status and resume leave them out with one line each; report refuses them by name', () => {
    const dir = hostileFolder();
    const common = ['--runbooks', RECORDS_LIBRARY, '--journal-dir', dir];
    const warnings = leftOut(dir, FIFO) + leftOut(dir, ZERO);

    const incidents = runCoop(['incidents', ...common]);
    expect(incidents.stderr).toBe(warnings);
    expect(incidents.code).toBe(0);
    expect(incidents.stdout).toContain(IDS.handedOver);

    const status = runCoop(['status', ...common]);
    expect(status.stderr).toContain(warnings);
    expect(status.code).toBe(0);

    const resume = runCoop(['resume', ...common]);
    expect(resume.stderr).toBe(
      `${warnings}coop: no open incident in ${dir}: the one recorded has ended; coop incidents lists them, coop report <incident-id> tells what happened\n`,
    );
    expect(resume.code).toBe(2);

    const report = runCoop(['report', FIFO, ...common]);
    expect(report.stderr).toBe(
      `coop: ${join(dir, `${FIFO}.jsonl`)}: is not a regular file (a named pipe, a device or a socket), so it is not a journal\n`,
    );
    expect(report.code).toBe(2);
  });
});
