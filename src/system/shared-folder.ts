// Files and folders coop makes get the person's umask, like any other tool's.
// A folder with the setgid bit set is a group's shared folder (its owner set
// it up so: docs/journal.md): the system gives what is made in it the
// folder's group, and coop gives that group read and write as well, as
// `git config core.sharedRepository group` does, so that a colleague with
// their own login can carry an incident on. Without this a umask of 022
// would leave the colleague a journal they can read but never append to.
import { chmodSync, fchmodSync, fstatSync, statSync } from 'node:fs';

const SETGID = 0o2000;

export function isGroupFolder(dir: string): boolean {
  try {
    return (statSync(dir).mode & SETGID) !== 0;
  } catch {
    return false;
  }
}

/** Group read and write (and search, for a folder) for something just made in a group folder. */
export function shareFileWithGroup(fd: number): void {
  fchmodSync(fd, (fstatSync(fd).mode & 0o7777) | 0o060);
}

export function shareFolderWithGroup(path: string): void {
  chmodSync(path, (statSync(path).mode & 0o7777) | 0o070);
}
