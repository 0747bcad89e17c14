// A spinner while a check's command runs, only where it helps: a terminal,
// colour wanted, not CI. Never while a prompt is open (both want the line).
import type { IO } from '../../system/io.js';
import { isCI } from '../../system/io.js';

export interface Spinner {
  start(text: string): void;
  stop(): void;
}

export const NO_SPINNER: Spinner = { start: () => undefined, stop: () => undefined };

export function spinnerWanted(io: IO, color: boolean): boolean {
  return io.stderrIsTTY && color && !isCI(io.env);
}

export async function makeSpinner(io: IO, color: boolean): Promise<Spinner> {
  if (!spinnerWanted(io, color)) return NO_SPINNER;
  const { ora } = await import('../../vendor/spinner.js');
  // discardStdin off: ora would put the terminal in raw mode and swallow Ctrl-C,
  // which must reach coop as SIGINT to stop the command and save the incident.
  // ora's default frames are braille dots; a terminal without Unicode gets - \\ | /.
  const spinner = ora({
    stream: process.stderr,
    discardStdin: false,
    ...(io.unicode ? {} : { spinner: 'line' as const }),
  });
  return {
    start: (text) => {
      spinner.text = text;
      spinner.start();
    },
    stop: () => spinner.stop(),
  };
}
