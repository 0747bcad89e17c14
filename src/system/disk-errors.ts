// What a failed file-system call means to the person at the keyboard, in
// their words: the one table of error codes, read by every message about a
// file coop could not read or write.

/** By error code: the cause, and for some the words that fit after the name of a path that could not be read. */
const WORDING: Record<string, { cause: string; reading?: string }> = {
  EACCES: { cause: 'permission denied' },
  EPERM: { cause: 'permission denied' },
  EROFS: { cause: 'the disk is read-only' },
  ENOSPC: { cause: 'the disk is full' },
  EDQUOT: { cause: 'the disk quota is used up' },
  ENOENT: { cause: 'the folder does not exist (was it removed?)', reading: 'does not exist' },
  ENOTDIR: { cause: 'part of the path is a file, not a folder' },
  EISDIR: { cause: 'a folder stands where the file should be', reading: 'is a folder, not a file' },
  ELOOP: {
    cause: 'a symbolic link loops back on itself',
    reading: 'is a symbolic link that loops back on itself',
  },
  EIO: { cause: 'the disk reported an input/output error' },
};

function wordingOf(error: unknown): { cause: string; reading?: string } | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // hasOwn: a code is data from the system, and must not find Object.prototype's keys.
  return code !== undefined && Object.hasOwn(WORDING, code) ? WORDING[code] : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why a write (or a journal's read) failed: `the disk is full`. */
export function describeDiskError(error: unknown): string {
  return wordingOf(error)?.cause ?? messageOf(error);
}

/** What went wrong reading a path, to follow its name: `does not exist`, `cannot be read: permission denied`. */
export function describeReadError(error: unknown): string {
  const wording = wordingOf(error);
  return wording?.reading ?? `cannot be read: ${wording?.cause ?? messageOf(error)}`;
}
