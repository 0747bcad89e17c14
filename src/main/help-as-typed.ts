// Help's examples ("  $ coop lint") and its "(run coop --help for usage)" are
// commands a person types as printed: started through npx, coop is not on the
// PATH, so they read `npx coop` there (src/system/invocation.ts).
import { coopCommand } from '../system/invocation.js';

export function helpAsTyped(text: string, env: NodeJS.ProcessEnv): string {
  const coop = coopCommand(env);
  if (coop === 'coop') return text;
  return text.replace(/^( {2}\$ )coop /gm, `$1${coop} `).replaceAll('(run coop ', `(run ${coop} `);
}
