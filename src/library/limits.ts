// Limits on what coop reads from a library folder, shared by the loader and
// by everything that looks at a folder's files before the loader does (the
// cache fingerprint, lint's source excerpts): a file outside them is refused
// by its size or kind alone, never read.

/** Larger files are refused before they are read: no runbook comes near it. */
export const MAX_FILE_BYTES = 1024 * 1024;
