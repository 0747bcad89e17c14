// The upkeep interviews in a real terminal (tmux), as a coordinator answers
// them: coop bia asks the impacts and the objectives, refuses an RTO longer
// than the MTD at the prompt, and writes after a diff; coop review asks item
// by item, takes a note for a change, and writes the sign-off.
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { closeTerminals, hasTmux, terminal } from '../helpers/tmux-terminal.js';

/** A copy of the shipped library: coop never writes to the shipped one. */
function libraryCopy(): string {
  const dir = join(tempDir(), 'runbooks');
  cpSync(SHIPPED_RUNBOOKS, dir, { recursive: true });
  return dir;
}

describe.skipIf(!hasTmux)('the upkeep interviews in a real terminal', () => {
  afterAll(closeTerminals);

  it('coop bia: impacts, MTD, an RTO past the MTD refused at the prompt, then written after the diff', async () => {
    const runbooks = libraryCopy();
    const t = terminal('bia-interview', `bia exchange --as 'Pat Lee' --runbooks '${runbooks}'`);
    await t.waitFor('? Which of the office');
    t.keys('-l', 'Email to the public');
    t.keys('Enter');
    for (const span of ['1 hour', '4 hours', '1 day', '1 week']) {
      await t.waitFor(new RegExp(`\\? If .* is down for ${span}, how much harm`));
      t.keys('Down', 'Enter'); // minimal
    }
    await t.waitFor('? Maximum tolerable downtime (MTD)');
    t.keys('-l', '1d');
    t.keys('Enter');
    await t.waitFor('? Recovery time objective (RTO)');
    t.keys('-l', '3d');
    t.keys('Enter');
    await t.waitFor('That is longer than the MTD of 1d');
    t.keys('C-u');
    t.keys('-l', '8h');
    t.keys('Enter');
    await t.waitFor('? Recovery point objective (RPO)');
    t.keys('-l', '24h');
    t.keys('Enter');
    const shown = await t.waitFor('? Write this to');
    expect(shown).toMatch(/\+ {4}mtd: 1d\n\+ {4}rto: 8h\n\+ {4}rpo: 24h/);
    t.keys('Enter');
    expect(await t.exitCode()).toBe('0');
    expect(readFileSync(join(runbooks, 'systems.yaml'), 'utf8')).toMatch(
      /id: exchange\n(.*\n){2}\s+mtd: 1d\n\s+rto: 8h\n\s+rpo: 24h\n\s+bia:\n\s+date: \d{4}-\d\d-\d\d\n\s+by: Pat Lee/,
    );
  });

  it('coop review: item by item, a change with its note, then the sign-off written and recorded', async () => {
    const runbooks = libraryCopy();
    const t = terminal('review-checklist', `review power-loss --as 'Pat Lee' --runbooks '${runbooks}'`);
    await t.waitFor(/1\/10 {2}Step 1[\s\S]*\? Still right\?/);
    t.keys('Enter'); // Yes
    await t.waitFor(/2\/10 {2}Step 2[\s\S]*\? Still right\?/);
    t.keys('Down', 'Enter'); // Needs a change
    await t.waitFor('? What needs changing?');
    t.keys('-l', 'The server room has moved');
    t.keys('Enter');
    for (let item = 3; item <= 10; item++) {
      await t.waitFor(new RegExp(`${item}/10 [\\s\\S]*\\? Still right\\?`));
      t.keys('Enter'); // Yes
    }
    const diff = await t.waitFor('? Write this to');
    expect(diff).toMatch(/-reviewed: 2016-06-12\n\+reviewed: \d{4}-\d\d-\d\d\n\+reviewed_by: Pat Lee/);
    t.keys('Enter');
    expect(await t.exitCode()).toBe('0');
    expect(t.screen()).toContain(
      '- Step 2: Power down the servers in the server room.\n  - Change: The server room has moved\n',
    );
    expect(readdirSync(join(t.journal, 'reviews'))).toHaveLength(1);
  });
});
