// The built binary in a real terminal (tmux), for what issue 13 asks of a
// person under stress: a mistaken "Yes" is taken back with Go back and the
// record keeps both answers; `coop incident power` offers power-loss; a
// misspelt word in the picker still finds the runbook meant.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/paths.js';
import { closeTerminals, hasTmux, terminal } from '../helpers/tmux-terminal.js';

const WALK_LIBRARY = join(FIXTURES, 'walk', 'library');

describe.skipIf(!hasTmux)('finding the runbook and mending a mistake, in a real terminal', () => {
  afterAll(closeTerminals);

  it('Go back after a mistaken "Yes" returns to the question; the record keeps both answers', async () => {
    const {
      events: eventsOf,
      keys,
      waitFor,
      exitCode,
    } = terminal('go-back', `--runbooks '${WALK_LIBRARY}' incident every-kind --as 'Pat Smith'`);
    await waitFor('Is it done?');
    keys('Enter'); // Done
    await waitFor(/Is mail down\?[\s\S]*Answer:/);
    keys('Enter'); // Yes: by mistake
    await waitFor(/Can the mail server be reached\?[\s\S]*Go back to the step before/);
    keys('Down', 'Down', 'Down', 'Down', 'Down', 'Enter'); // Go back to the step before
    const shown = await waitFor(/Back to step 2[\s\S]*Is mail down\?[\s\S]*Answer:/);
    expect(shown).toMatch(/Back to step 2[\s\S]*Step 2 of 5 ·/); // the same visit, open again
    keys('Down', 'Enter'); // No
    await waitFor(/Check the file share\.[\s\S]*Is it done\?/);
    keys('C-c');
    expect(await exitCode()).toBe('130');

    const events = eventsOf();
    expect(events.map((e) => `${e.type}:${e.step}`)).toEqual([
      'started:tell-director',
      'step-done:tell-director',
      'answered:mail-down',
      'went-back:ping-mail',
      'answered:mail-down',
      'paused:check-files',
    ]);
    expect(events[2]).toMatchObject({ answer: 'Yes', next: 'ping-mail' });
    expect(events[3]).toMatchObject({ to: 'mail-down' });
    expect(events[4]).toMatchObject({ answer: 'No', next: 'check-files' });
  });

  it('coop incident power offers power-loss, and Enter walks it', async () => {
    const { keys, waitFor, close } = terminal('near-id', "incident power --as 'Pat Smith'");
    await waitFor(/There is no runbook "power"\. Did you mean:[\s\S]*❯ Losing power during office hours/);
    keys('Enter');
    const shown = await waitFor(/Step 1 of 5[\s\S]*Is it done\?/);
    expect(shown).toContain('Shut off all computer hardware, this computer included.');
    close();
  });

  it('"outlok" typed in the picker finds Outlook offline', async () => {
    const { keys, waitFor, close } = terminal('typo', "incident --as 'Pat Smith'");
    await waitFor('What is happening?');
    keys('-l', 'outlok');
    await waitFor(/outlok[\s\S]*❯ Outlook offline/);
    keys('Enter');
    await waitFor(/Outlook offline[\s\S]*Step 1 of \d+[\s\S]*Is it done\?/);
    close();
  });
});
