// A walk on a narrow terminal (a phone's, 40 columns): what coop hands the
// prompts to draw breaks between words, as the step cards do, and not where
// the line runs out.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { run } from '../../src/commands/incident.js';
import { fakeTerminal, KEYS } from '../helpers/fake-terminal.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

it("breaks a choice's description between words at 40 columns", async () => {
  const t = fakeTerminal({ columns: 40 });
  const done = run(
    { runbooks: SHIPPED_RUNBOOKS, runbook: 'power-loss', journalDir: join(tempDir(), 'j'), drill: false },
    t.io,
  );
  // "Skip this step" shows what it does beneath the list: 55 characters, two lines here.
  await t.typeWhen('Is it done?', KEYS.down);
  await t.typeWhen('You will be asked why', KEYS.down, KEYS.down, KEYS.enter); // Pause
  expect(await done).toBe(130);
  const lines = t.screen().split('\n');
  expect(lines).toContain('You will be asked why; the reason goes');
  expect(lines).toContain('into the record.');
});
