// Every command coop prints for a person to type must work as printed. Run
// through npx (npm exec), `coop` is not on the PATH: "command not found", in
// an outage. So what coop prints starts the way coop was started.

/** `npx coop` when coop was started by npx or npm exec, else `coop`. */
export function coopCommand(env: NodeJS.ProcessEnv): string {
  return env.npm_command === 'exec' ? 'npx coop' : 'coop';
}
