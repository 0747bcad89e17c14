// Esc, Ctrl-Z and fg at the real inquirer prompts, over an in-memory terminal:
// keys in, screen out. Esc goes back and never loses a choice or words by
// itself; after fg a prompt is drawn again under what the shell printed, the
// step above it, as it was (the cursor, the words typed), and answered once.
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { inquirerPrompter } from '../../src/walk/drivers/prompter.js';
import { fakeTerminal, KEYS } from '../helpers/fake-terminal.js';

/** A lone Esc: readline tells it from the start of an arrow's sequence by the silence after it. */
const ESC = '\u001b';
const TAB = '\t';
// Ctrl-Z itself is not typed here: readline would stop the test's own process. The terminal tests type it
// (tests/e2e/incident-terminal.test.ts).

async function terminalPrompter() {
  const t = fakeTerminal({ columns: 80 });
  const continued = new Set<() => void>();
  const prompter = await inquirerPrompter(t.io, 'stdout', false, {
    signal: new AbortController().signal,
    onContinue: (listener) => {
      continued.add(listener);
      return () => continued.delete(listener);
    },
  });
  /** What is on the screen from `from` on, without the terminal's controls. */
  const since = (from: number) => stripVTControlCharacters(t.screen().slice(from));
  /** Types `keys` once `marker` is drawn after `from` (the screen's length before). */
  const typeAfter = async (from: number, marker: string, ...keys: string[]) => {
    for (const end = Date.now() + 20_000; !since(from).includes(marker); await new Promise((r) => setTimeout(r, 10)))
      if (Date.now() > end) throw new Error(`never saw "${marker}" after ${from} on:\n${since(0)}`);
    await new Promise((r) => setTimeout(r, 20));
    for (const key of keys) {
      (t.io.stdin as unknown as NodeJS.WritableStream).write(key);
      // A lone Esc is a key only once readline has waited for more (500 ms); a list drawn again in its
      // place takes keys once drawn, as a person's next key comes.
      await new Promise((r) => setTimeout(r, key === ESC ? 600 : 20));
    }
  };
  /** `fg`: what the walk's watch on signals tells the prompter (tests/walk/interrupts.test.ts). */
  const fg = () => {
    for (const listener of continued) listener();
  };
  return { t, prompter, since, typeAfter, fg };
}

const CHOICES = [
  { name: 'Done', value: 'done' },
  { name: 'Skip this step', value: 'skip' },
  { name: 'Go back to the step before', value: 'back' },
];

describe('after Ctrl-Z and fg', () => {
  it('a list is drawn again under what is above it, the cursor where it was, and answered once', async () => {
    const { t, prompter, since, typeAfter, fg } = await terminalPrompter();
    prompter.drawAgainAbove?.(() => t.io.stdout.write('Step 1 of 5\n'));
    let answers = 0;
    const chosen = prompter.select('Is it done?', CHOICES).then((v) => {
      answers++;
      return v;
    });
    await typeAfter(0, 'Is it done?', KEYS.down);
    const before = t.screen().length;
    fg();
    await typeAfter(before, '❯ Skip this step', KEYS.enter);
    expect(await chosen).toBe('skip');
    expect(answers).toBe(1);
    const drawn = since(before);
    expect(drawn.indexOf('Step 1 of 5')).toBeLessThan(drawn.indexOf('? Is it done?'));
    expect(drawn).toContain('> Is it done? Skip this step');
  });

  it('a text prompt keeps the words typed', async () => {
    const { t, prompter, typeAfter, fg } = await terminalPrompter();
    const note = prompter.text('Note:', { back: 'no note' });
    await typeAfter(0, 'Note:', ...'UPS beeps');
    const before = t.screen().length;
    fg();
    await typeAfter(before, 'Note: UPS beeps', ...', breaker off', KEYS.enter);
    expect(await note).toBe('UPS beeps, breaker off');
  });
});

describe('keys that type nothing at a list', () => {
  it('leave the cursor where it was (inquirer took them for first letters and moved to the first choice)', async () => {
    for (const key of ['\u001b[D', '\u001b[C', '\u001b[H', '\u001b[F', '\u001b[3~']) {
      const { prompter, typeAfter } = await terminalPrompter();
      const chosen = prompter.select('Is it done?', CHOICES);
      await typeAfter(0, 'Is it done?', KEYS.down, key, KEYS.enter);
      expect(await chosen, JSON.stringify(key)).toBe('skip');
    }
  });
});

describe('Esc', () => {
  it('at a list with no way back: the cursor stays where it was (inquirer moved it to the first choice)', async () => {
    const { prompter, since, typeAfter } = await terminalPrompter();
    const chosen = prompter.select('Is it done?', CHOICES);
    await typeAfter(0, 'Is it done?', KEYS.down, ESC, KEYS.enter);
    expect(await chosen).toBe('skip');
    expect(since(0)).not.toContain('esc back');
  });

  it('where going back takes something back: the first Esc shows the way back, Enter takes it', async () => {
    const { prompter, since, typeAfter } = await terminalPrompter();
    const chosen = prompter.select('Is it done?', CHOICES, { escape: { showBack: 'back' } });
    await typeAfter(0, 'esc back', ESC);
    expect(since(0)).toContain('❯ Go back to the step before');
    await typeAfter(0, '❯ Go back to the step before', KEYS.enter);
    expect(await chosen).toBe('back');
  });

  it('there a second Esc takes it too, and the answered line says so', async () => {
    const { prompter, since, typeAfter } = await terminalPrompter();
    const chosen = prompter.select('Is it done?', CHOICES, { escape: { showBack: 'back' } });
    await typeAfter(0, 'esc back', ESC, ESC);
    expect(await chosen).toBe('back');
    expect(since(0)).toContain('> Is it done? Go back to the step before');
  });

  it('where going back takes nothing back: one Esc answers with the way back', async () => {
    const { prompter, since, typeAfter } = await terminalPrompter();
    const sure = prompter.select(
      'That ends this runbook here. Is that right?',
      [
        { name: 'No, go back to the question', value: false },
        { name: 'Yes, end the runbook here', value: true },
      ],
      { escape: { answer: false } },
    );
    await typeAfter(0, 'esc back', KEYS.down, ESC);
    expect(await sure).toBe(false);
    expect(since(0)).toContain('> That ends this runbook here. Is that right? No, go back to the question');
  });

  it('at a text prompt with nothing typed: back at once, and the line says what that meant', async () => {
    const { prompter, since, typeAfter } = await terminalPrompter();
    const reason = prompter.text('Why skip it?', { back: 'not skipped' });
    await typeAfter(0, 'esc back', ESC);
    expect(await reason).toBeUndefined();
    expect(since(0)).toContain('> Why skip it? not skipped');
  });

  it('with words typed: the first Esc says a second throws them away; a key between starts again', async () => {
    const { t, prompter, since, typeAfter } = await terminalPrompter();
    const note = prompter.text('Note:', { back: 'no note' });
    await typeAfter(0, 'Note:', ...'UPS', ESC);
    await typeAfter(0, 'Esc again goes back without what you typed.');
    const before = t.screen().length;
    await typeAfter(0, 'Esc again', ...' beeps');
    await typeAfter(before, 'beeps', ESC); // a key after the first Esc: this one only warns again
    await typeAfter(before, 'Esc again goes back', KEYS.enter);
    expect(await note).toBe('UPS beeps');
    const dropped = prompter.text('Note:', { back: 'no note' });
    const next = t.screen().length;
    await typeAfter(next, 'Note:', ...'typo', ESC);
    await typeAfter(next, 'Esc again', ESC);
    expect(await dropped).toBeUndefined();
    expect(since(next)).toContain('> Note: no note');
  });

  it('a draft: Tab puts it in to edit, Enter alone sends it as it is, Esc keeps it unsent', async () => {
    const { t, prompter, typeAfter } = await terminalPrompter();
    const edited = prompter.text('Update:', { draft: 'Power out since 09:12.', back: 'not changed' });
    await typeAfter(0, 'tab edit', TAB, KEYS.enter);
    expect(await edited).toBe('Power out since 09:12.');
    let from = t.screen().length;
    const asIs = prompter.text('Update:', { draft: 'Power out since 09:12.', back: 'not changed' });
    await typeAfter(from, 'Update:', KEYS.enter);
    expect(await asIs).toBe('Power out since 09:12.');
    from = t.screen().length;
    const kept = prompter.text('Update:', { draft: 'Power out since 09:12.', back: 'not changed' });
    await typeAfter(from, 'Update:', TAB, ESC, ESC);
    expect(await kept).toBeUndefined();
  });

  it('in a search: the words typed are taken back, and the whole list is offered again', async () => {
    const { prompter, since, typeAfter } = await terminalPrompter();
    const source = (term: string) =>
      ['Losing power', 'Fire', 'Flood']
        .filter((n) => n.toLowerCase().includes(term.toLowerCase()))
        .map((name) => ({ name, value: name }));
    const found = prompter.search('What is happening?', source);
    await typeAfter(0, 'Flood', ...'fire');
    await typeAfter(0, 'fire', ESC);
    await typeAfter(0, 'What is happening?', KEYS.enter);
    expect(await found).toBe('Losing power');
    expect(since(0)).toContain('> What is happening? Losing power');
  });
});
