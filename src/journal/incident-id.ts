// What an incident id looks like and how a new one is made, with no Node
// module: the go-kit makes ids in a phone's browser, in the same form.

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
export function makeIncidentId(runbookId: string, now: Date, random: (n: number) => Uint8Array): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const stamp = `${p(now.getFullYear(), 4)}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
  const suffix = [...random(4)].map((b) => SUFFIX_ALPHABET[b % SUFFIX_ALPHABET.length]).join('');
  const id = `${stamp}-${runbookId}-${suffix}`;
  if (!isIncidentId(id)) throw new Error(`made an incident id that is not safe as a file name: ${id}`);
  return id;
}

/** The runbook an incident id names: 20261123-091503-power-loss-k3f9 is power-loss's; undefined for another id. */
export function runbookOfIncidentId(id: string): string | undefined {
  return /^\d{8}-\d{6}-(.+)-[a-z0-9]+$/.exec(id)?.[1];
}
