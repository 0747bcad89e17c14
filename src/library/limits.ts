// Limits on what coop reads from a library folder, shared by the loader and
// by everything that looks at a folder's files before the loader does (the
// cache fingerprint, lint's source excerpts): a file outside them is refused
// by its size or kind alone, never read.

/** Larger files are refused before they are read: no runbook comes near it. */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Collections inside collections: a runbook needs about five levels. Deeper
 * files are refused by this number, the same on every machine, rather than
 * wherever the YAML parser's stack happens to run out (about 700 levels).
 */
export const MAX_NESTING = 64;

/**
 * Keys in one mapping: a runbook's largest mapping has about a dozen, an
 * answers file one per step. yaml checks each new key against every earlier
 * one (20,000 keys took 50 s), so larger mappings are refused, counted on the
 * parser's tokens before any of that work is done.
 */
export const MAX_KEYS_PER_MAPPING = 1000;
