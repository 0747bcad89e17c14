// A walk at a terminal that shows no Unicode (LANG=C, TERM=dumb): every
// symbol coop and its prompts draw is ASCII.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { run } from '../../src/commands/incident.js';
import { fakeTerminal, KEYS } from '../helpers/fake-terminal.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

it('draws the cards, the prompts and the summary in ASCII', async () => {
  const t = fakeTerminal();
  t.io.unicode = false;
  const journalDir = join(tempDir(), 'j');
  const done = run({ runbooks: SHIPPED_RUNBOOKS, runbook: 'power-loss', journalDir, drill: false }, t.io);
  await t.typeWhen('Is it done?', KEYS.enter);
  await t.typeWhen('Step 2', KEYS.down, KEYS.down, KEYS.down, KEYS.enter); // Pause
  expect(await done).toBe(130);
  const screen = t.screen();
  expect(screen).toContain('> Done');
  expect(screen).toContain('up/down navigate - enter select');
  expect(screen).toMatch(/^-{40,}$/m);
  expect(screen.match(/[^\x00-\x7f]/gu)).toBeNull();
});
