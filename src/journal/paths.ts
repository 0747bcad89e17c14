// Where journals live and what they are called. An incident id becomes a file
// name, and ids arrive from the command line and from shared folders, so a
// path is only ever built from an id that has passed `isIncidentId`.
import { homedir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { UserError } from '../system/errors.js';
import { displayPathOf } from '../library/paths.js';
import { nodeCrypto } from '../system/crypto.js';
import { isIncidentId, makeIncidentId } from './incident-id.js';

export const JOURNAL_EXTENSION = '.jsonl';
export const LOCK_EXTENSION = '.lock';

export type JournalDirSource = 'option' | 'environment' | 'xdg' | 'home';

export interface JournalDir {
  dir: string;
  source: JournalDirSource;
}

/** The words that name this journal folder on a command line: none where coop finds it by itself (the environment, the default). */
export function journalDirWords(journalDir: JournalDir, cwd: string): string[] {
  return journalDir.source === 'option'
    ? ['--journal-dir', relative(cwd, journalDir.dir) === '' ? '.' : displayPathOf(journalDir.dir, cwd)]
    : [];
}

/** --journal-dir, then COOP_JOURNAL_DIR, then $XDG_STATE_HOME/coop/journal, else ~/.local/state/coop/journal. */
export function locateJournalDir(option: string | undefined, env: NodeJS.ProcessEnv, cwd: string): JournalDir {
  if (option === '') throw new UserError('--journal-dir is empty; give the journal folder, like --journal-dir journal');
  if (option) return { dir: resolve(cwd, option), source: 'option' };
  if (env.COOP_JOURNAL_DIR) return { dir: resolve(cwd, env.COOP_JOURNAL_DIR), source: 'environment' };
  // The XDG spec says a relative XDG_STATE_HOME is invalid and must be ignored.
  const xdg = env.XDG_STATE_HOME;
  if (xdg && isAbsolute(xdg)) return { dir: join(xdg, 'coop', 'journal'), source: 'xdg' };
  const home = env.HOME || homedir();
  return { dir: join(home, '.local', 'state', 'coop', 'journal'), source: 'home' };
}

export { isIncidentId, MAX_INCIDENT_ID_LENGTH } from './incident-id.js';

/** A new incident id (incident-id.ts), random from node:crypto unless a test gives its own. */
export function newIncidentId(
  runbookId: string,
  now: Date,
  random: (n: number) => Uint8Array = (n) => nodeCrypto().randomBytes(n),
): string {
  return makeIncidentId(runbookId, now, random);
}

function checkedId(id: string): string {
  if (!isIncidentId(id)) throw new UserError(notAnIdMessage(id, 'coop incidents lists them'));
  return id;
}

/** Why `id` names no record: an id coop makes looks otherwise. `hint`: where to find the real ones, typed as it must be here. */
export function notAnIdMessage(id: string, hint: string): string {
  const shown = JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}...` : id);
  return `${shown} is not an incident id; ids look like 20261123-091503-power-loss-k3f9 (${hint})`;
}

/** The journal file of an incident; refuses an id that could leave the folder. */
export function journalPath(dir: string, incidentId: string): string {
  return join(dir, checkedId(incidentId) + JOURNAL_EXTENSION);
}

export function lockPath(dir: string, incidentId: string): string {
  return join(dir, checkedId(incidentId) + LOCK_EXTENSION);
}
