// How a command that changes files talks to a person: prompts only at a
// terminal, drawn where walks draw them, and Ctrl-C (or a terminal that
// closes) at any question ends it with nothing written, and says so.
import type { IO } from '../system/io.js';
import { Interrupted } from '../system/errors.js';
import { walkOutput, type WalkOutput } from '../walk/drive.js';
import { inquirerPrompter, type Prompter } from '../walk/drivers/prompter.js';
import { watchInterrupts } from '../walk/interrupts.js';

/** Runs `work` with a prompter when a person is at the terminal and `ask` is true, undefined otherwise. */
export async function withPerson<T>(
  io: IO,
  ask: boolean,
  work: (prompter: Prompter | undefined, output: WalkOutput) => Promise<T>,
): Promise<T> {
  const output = walkOutput(io, false, io.interactive);
  const interrupts = io.interactive && ask ? watchInterrupts(io) : undefined;
  try {
    const prompter = interrupts ? await inquirerPrompter(io, output.humanName, output.color, interrupts) : undefined;
    return await work(prompter, output);
  } catch (error) {
    if (error instanceof Interrupted) io.stderr.write('\ncoop: interrupted; nothing written\n');
    throw error;
  } finally {
    interrupts?.dispose();
  }
}
