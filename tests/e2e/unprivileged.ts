// Permission tests need a user that permissions stop: root reads a file of
// mode 000 anyway. Under root, coop runs through setpriv as nobody (65534),
// when setpriv exists and that user can run node and read the built coop.
import { spawnSync } from 'node:child_process';
import { COOP_BIN } from '../helpers/paths.js';

export const NOBODY = 65534;
const SETPRIV = ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'];

export type Unprivileged = { wrapper: string[]; skip?: undefined } | { skip: string; wrapper?: undefined };

let found: Unprivileged | undefined;

/** The wrapper to run coop without privileges, or why there is none here. */
export function unprivileged(): Unprivileged {
  found ??= find();
  return found;
}

function find(): Unprivileged {
  if (process.getuid?.() !== 0) return { wrapper: [] };
  const probe = spawnSync(SETPRIV[0]!, [...SETPRIV.slice(1), process.execPath, COOP_BIN, '--version'], {
    encoding: 'utf8',
  });
  if (probe.error)
    return {
      skip: `running as root and setpriv cannot be started (${probe.error.message}), so file permissions cannot be tested`,
    };
  if (probe.status !== 0)
    return {
      skip: `running as root and user ${NOBODY} cannot run node ${COOP_BIN} (${(probe.stderr || '').trim().split('\n')[0]}), so file permissions cannot be tested`,
    };
  return { wrapper: SETPRIV };
}
