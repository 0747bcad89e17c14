// Where journals live and what they are called. An incident id becomes a file
// name, and ids arrive from the command line and from shared folders, so a
// path is only ever built from an id that has passed `isIncidentId`.
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../system/errors.js';
import { nodeCrypto } from '../system/crypto.js';

export const JOURNAL_EXTENSION = '.jsonl';
export const LOCK_EXTENSION = '.lock';

export type JournalDirSource = 'option' | 'environment' | 'xdg' | 'home';

export interface JournalDir {
  dir: string;
  source: JournalDirSource;
}

/** --journal-dir, then COOP_JOURNAL_DIR, then $XDG_STATE_HOME/coop/journal, else ~/.local/state/coop/journal. */
export function locateJournalDir(option: string | undefined, env: NodeJS.ProcessEnv, cwd: string): JournalDir {
  if (option) return { dir: resolve(cwd, option), source: 'option' };
  if (env.COOP_JOURNAL_DIR) return { dir: resolve(cwd, env.COOP_JOURNAL_DIR), source: 'environment' };
  // The XDG spec says a relative XDG_STATE_HOME is invalid and must be ignored.
  const xdg = env.XDG_STATE_HOME;
  if (xdg && isAbsolute(xdg)) return { dir: join(xdg, 'coop', 'journal'), source: 'xdg' };
  const home = env.HOME || homedir();
  return { dir: join(home, '.local', 'state', 'coop', 'journal'), source: 'home' };
}

/** Lower-case letters, digits and single hyphens: no dots, no slashes, nothing a shell or a file system reads specially. */
const INCIDENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_INCIDENT_ID_LENGTH = 160;

export function isIncidentId(id: string): boolean {
  return id.length <= MAX_INCIDENT_ID_LENGTH && INCIDENT_ID.test(id);
}

const SUFFIX_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * `20261123-091503-power-loss-k3f9`: local date and time first so a folder
 * listing sorts by when, the runbook so a person can tell them apart, and a
 * short random suffix so two people starting the same runbook in the same
 * second on a shared drive get two files.
 */
export function newIncidentId(
  runbookId: string,
  now: Date,
  random: (n: number) => Buffer = (n) => nodeCrypto().randomBytes(n),
): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const stamp = `${p(now.getFullYear(), 4)}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
  const suffix = [...random(4)].map((b) => SUFFIX_ALPHABET[b % SUFFIX_ALPHABET.length]).join('');
  const id = `${stamp}-${runbookId}-${suffix}`;
  if (!isIncidentId(id)) throw new Error(`made an incident id that is not safe as a file name: ${id}`);
  return id;
}

function checkedId(id: string): string {
  if (!isIncidentId(id)) {
    const shown = JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}...` : id);
    throw new UserError(
      `${shown} is not an incident id; ids look like 20261123-091503-power-loss-k3f9 (see coop incidents)`,
    );
  }
  return id;
}

/** The journal file of an incident; refuses an id that could leave the folder. */
export function journalPath(dir: string, incidentId: string): string {
  return join(dir, checkedId(incidentId) + JOURNAL_EXTENSION);
}

export function lockPath(dir: string, incidentId: string): string {
  return join(dir, checkedId(incidentId) + LOCK_EXTENSION);
}
