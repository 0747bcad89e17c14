// A scripted incident of a runbook of tests/fixtures/disk-faults, whose check
// steps break the journal's disk on cue (COOP_FAULT_DIR), and what to read
// back from it: shared by the in-process tests and the built binary's.
import { chmodSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JournalEvent } from '../../src/journal/events.js';
import { parseJournal } from '../../src/journal/reader.js';
import { coop } from '../helpers/coop.js';
import type { CoopResult } from '../helpers/expect-run.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';

const LIBRARY = join(FIXTURES, 'disk-faults');

type Runner = (args: string[], options: { cwd: string; env: Record<string, string> }) => Promise<CoopResult>;

/**
 * Runs `coop incident <runbook>` with `answers`, every event also on stdout
 * (--json), the disk faults aimed at `faultDir`: in-process unless `run` is given.
 */
export function diskFaultIncident(run: Runner = coop) {
  return (runbook: string, journalDir: string, answers: object, faultDir = journalDir): Promise<CoopResult> => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const file = join(dir, 'answers.json');
    writeFileSync(file, JSON.stringify(answers));
    return run(
      [
        '--runbooks',
        LIBRARY,
        'incident',
        runbook,
        '--yes',
        '--allow-commands',
        '--answers',
        file,
        '--json',
        '--journal-dir',
        journalDir,
      ],
      { cwd: dir, env: { COOP_FAULT_DIR: faultDir } },
    );
  };
}

/** The events of --json's lines, which are the journal's own lines, chain and all. */
export const eventsOf = (jsonLines: string): JournalEvent[] => parseJournal(Buffer.from(jsonLines), 'stdout').events;

export const journalIn = (dir: string) => join(dir, readdirSync(dir).find((n) => n.endsWith('.jsonl'))!);

export const CANNOT_WRITE =
  /^coop: cannot write the incident journal .+\.jsonl: (.+); choose a folder you can write with --journal-dir DIR or COOP_JOURNAL_DIR$/;

/** A note long enough that writing it needs a new block of the tiny disk. */
export const LONG_NOTE = 'Called the Director from the front desk. '.repeat(120);
