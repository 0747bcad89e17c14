// A walk on a narrow terminal (a phone's, 40 columns): what coop hands the
// prompts to draw breaks between words, as the step cards do, and not where
// the line runs out.
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, it } from 'vitest';
import { run } from '../../src/commands/incident.js';
import { inquirerPrompter } from '../../src/walk/drivers/prompter.js';
import { fakeTerminal, KEYS } from '../helpers/fake-terminal.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

/** A 40-column terminal, a phone's, and the prompts as coop draws them there, without colour. */
async function phonePrompter() {
  const t = fakeTerminal({ columns: 40 });
  return { t, prompter: await inquirerPrompter(t.io, 'stdout', false, { signal: new AbortController().signal }) };
}

/** What the last prompt left on the screen once answered: from its answered mark ("> ") to the end, without the terminal's controls. */
function answeredLines(screen: string): string[] {
  const drawn = screen.slice(screen.lastIndexOf('\u001b[G> ') + 3);
  return stripVTControlCharacters(drawn)
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean);
}

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

it("breaks a choice's name between words, under its first line, and answers with it whole", async () => {
  const { t, prompter } = await phonePrompter();
  const chosen = prompter.select('Which system?', [
    { name: 'Staff computers (computers)', value: 'computers' },
    { name: 'Exchange server / Outlook email (exchange)', value: 'exchange' },
  ]);
  await t.typeWhen('(exchange)', KEYS.down, KEYS.enter);
  expect(await chosen).toBe('exchange');
  const lines = t.screen().split('\n');
  expect(lines).toContain('  Exchange server / Outlook email');
  expect(lines).toContain('  (exchange)');
  // Chosen, the name is the answer; the question's line has no room for it, so it goes under the question,
  // broken between words rather than where the terminal ends.
  expect(answeredLines(t.screen())).toEqual(['> Which system?', '  Exchange server / Outlook email', '  (exchange)']);
});

it('puts a short answer after the question, on its last line, when it fits there', async () => {
  const { t, prompter } = await phonePrompter();
  const chosen = prompter.select('Inject 1 of 4 (scenario 09:00) opens the scenario: release it now?', [
    { name: 'Release it', value: 'release' },
    { name: 'Pause - carry on later', value: 'pause' },
  ]);
  await t.typeWhen('Release it', KEYS.enter);
  expect(await chosen).toBe('release');
  // 40 columns exactly.
  expect(answeredLines(t.screen())).toEqual([
    '> Inject 1 of 4 (scenario 09:00) opens',
    'the scenario: release it now? Release it',
  ]);
  const typed = prompter.input('Inject 1: what did the players decide?');
  await t.typeWhen('decide?', ...'Shut down the PCs', KEYS.enter);
  expect(await typed).toBe('Shut down the PCs');
  // A question is broken a column short of the line, which keeps the space inquirer writes after it on the line.
  expect(answeredLines(t.screen())).toEqual(['> Inject 1: what did the players', 'decide? Shut down the PCs']);
});

it('breaks a question between words', async () => {
  const { t, prompter } = await phonePrompter();
  const answer = prompter.input("The office's name, as the binder's cover shows it:");
  await t.typeWhen('cover shows it:', 'Anytown Office', KEYS.enter);
  expect(await answer).toBe('Anytown Office');
  const lines = t.screen().split('\n');
  expect(lines).toContain("? The office's name, as the binder's");
  expect(lines.some((l) => l.startsWith('cover shows it:'))).toBe(true);
});

it("breaks a list's line of keys between keys, each with what it does", async () => {
  const { t, prompter } = await phonePrompter();
  const ticked = prompter.checkbox('Which steps did they follow?', [
    { name: 'Step 1', value: 1 },
    { name: 'Step 2', value: 2 },
  ]);
  await t.typeWhen('Step 2', ' ', KEYS.enter);
  expect(await ticked).toEqual([1]);
  const lines = stripVTControlCharacters(t.screen()).split('\n');
  expect(lines).toContain('↑↓ navigate • space select • a all');
  // Where the prompt is drawn again, the next drawing follows on the same line once the controls are taken out.
  expect(lines.some((l) => l.startsWith('i invert • ⏎ submit'))).toBe(true);
});

it('breaks what it says of a refused answer between words, under its text', async () => {
  const { t, prompter } = await phonePrompter();
  const refusal =
    'That number has 7 digits; a North American number has 10 (area code, exchange, line), like (316) 928-8828.';
  const typed = prompter.input('Their phone number:', (text) => (text.length > 8 ? true : refusal));
  await t.typeWhen('phone number:', ...'555-0100', KEYS.enter);
  await t.typeWhen('like (316)', ...'316555', KEYS.enter);
  expect(await typed).toBe('555-0100316555');
  const lines = stripVTControlCharacters(t.screen()).split('\n');
  expect(lines).toContain('> That number has 7 digits; a North');
  expect(lines).toContain('  American number has 10 (area code,');
});

it("shows an update's words to edit under the question, broken between words, and keeps them at Enter alone", async () => {
  const { t, prompter } = await phonePrompter();
  const draft =
    'Losing power during office hours since 09:12. Done: Shut off all computer hardware, this computer included 09:14.';
  const edited = prompter.text('Update (Tab puts these words in to edit; Enter alone keeps them):', {
    draft,
    back: 'not changed',
  });
  await t.typeWhen('tab edit', KEYS.enter);
  expect(await edited).toBe(draft);
  // The prompt as it was drawn, open (up to its line of keys): the words under the question, each line
  // within the 40 columns and broken between words, where inquirer would break them where the line ends.
  const lines = stripVTControlCharacters(t.screen()).split('\n');
  const open = lines.slice(
    0,
    lines.findIndex((l) => l.startsWith('tab edit')),
  );
  expect(open).toEqual([
    '? Update (Tab puts these words in to',
    'edit; Enter alone keeps them):',
    '  Losing power during office hours since',
    '  09:12. Done: Shut off all computer',
    '  hardware, this computer included',
    '  09:14.',
  ]);
});
