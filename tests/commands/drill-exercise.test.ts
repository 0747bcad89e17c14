// `coop drill <runbook> --exercise <id>`: a player's walk linked to a tabletop
// exercise, and refused for a runbook the exercise does not exercise.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJournalFile } from '../../src/journal/reader.js';
import { coop } from '../helpers/coop.js';
import { tempDir } from '../helpers/paths.js';

describe('coop drill --exercise', () => {
  it("records the exercise in the drill's started event, down the Director-not-in-office branch", async () => {
    const journalDir = tempDir();
    const cwd = tempDir();
    writeFileSync(join(cwd, 'answers.yaml'), 'director-in-office: "No"\npower-back: "Yes"\n');
    const r = await coop(
      [
        'drill',
        'power-loss',
        '--exercise',
        'power-loss-tabletop',
        '--yes',
        '--answers',
        'answers.yaml',
        '--journal-dir',
        journalDir,
      ],
      { cwd },
    );
    expect(r.code, r.stderr).toBe(0);
    const [file] = readdirSync(journalDir).filter((n) => n.endsWith('.jsonl'));
    const [started] = readJournalFile(join(journalDir, file!)).events;
    expect(started).toMatchObject({ type: 'started', drill: true, exercise: 'power-loss-tabletop' });
  });

  it('is refused, exit 2, for a runbook the exercise does not exercise', async () => {
    const r = await coop(['drill', 'fire', '--exercise', 'power-loss-tabletop', '--yes', '--journal-dir', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'coop: exercise "power-loss-tabletop" does not exercise runbook "fire" (its runbooks: power-loss); drill one of those, or add the runbook to the exercise\n',
    );
  });
});
