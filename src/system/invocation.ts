// Every command coop prints for a person to type must work as printed. Run
// through npx (npm exec), `coop` is not on the PATH: "command not found", in
// an outage. So what coop prints starts the way coop was started.
import { shellWord } from '../text/shell-word.js';

/** `npx coop` when coop was started by npx or npm exec, else `coop`. */
export function coopCommand(env: NodeJS.ProcessEnv): string {
  return env.npm_command === 'exec' ? 'npx coop' : 'coop';
}

/** `coop <words>` as it must be typed here, each word quoted for the shell where it needs to be. */
export function coopLine(env: NodeJS.ProcessEnv, ...words: string[]): string {
  return [coopCommand(env), ...words.map(shellWord)].join(' ');
}
