// The journal format's version, apart from the zod schema (events.ts) so that
// writing a journal never loads zod: only reading one validates with it.

/** Bumped only when an event changes meaning; readers refuse a newer one. */
export const JOURNAL_VERSION = 1;
