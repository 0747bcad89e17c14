// The journal format's version, apart from the zod schema (events.ts) so that
// writing a journal never loads zod: only reading one validates with it.

/**
 * Bumped only when an event changes meaning; readers refuse a newer one.
 * 2: every event after the first carries `prev`, the hash chain (chain.ts).
 * Version 1 journals (written by coop before this change: no chain) are still read, resumed and reported.
 */
export const JOURNAL_VERSION = 2;
export const OLDEST_JOURNAL_VERSION = 1;
