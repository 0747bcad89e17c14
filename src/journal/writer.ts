// Appends events to an incident's journal and makes them durable (write +
// fsync) before the walk asks its next question. A disk that fails (full,
// read-only, folder removed) does not lose anything: every line stays in
// memory, the next append retries, and what never reached the disk can be
// printed at the end.
import * as nodeFs from 'node:fs';
import { dirname } from 'node:path';
import { makeFolder } from '../system/make-folder.js';
import { describeDiskError } from '../system/disk-errors.js';
import type { JournalEvent } from './events.js';
import { journalPath } from './paths.js';
import type { ReadJournal } from './reader.js';
import { JournalChain } from './chain.js';
import { terminalSafeJson } from '../text/sanitize.js';
import { isGroupFolder, shareFileWithGroup } from '../system/shared-folder.js';

/** The file operations the writer uses, so tests can make the disk fail. */
export type JournalFs = Pick<
  typeof nodeFs,
  'mkdirSync' | 'openSync' | 'writeSync' | 'readSync' | 'fsyncSync' | 'fstatSync' | 'ftruncateSync' | 'closeSync'
>;

export interface WriteStatus {
  ok: boolean;
  /** Events kept in memory that are not on disk yet. */
  pending: number;
  /** What went wrong, in a person's words. */
  error?: string;
  /** The file had gone (its folder removed?) and was written again, whole, from memory. */
  rewritten?: boolean;
}

/**
 * The journal is no longer this writer's to append to: its lock was taken
 * over, or its length is not what this writer left. Nothing is written; the
 * walk stops and prints what it could not record.
 */
export class JournalTakenOver extends Error {
  override name = 'JournalTakenOver';
}

export class JournalUnwritable extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot write the incident journal ${path}: ${reason}`);
    this.name = 'JournalUnwritable';
  }
}

/** An event as one JSON line outside a journal (a dry run's --json): no chain to be part of. */
export function serializeEvent(event: JournalEvent): string {
  return `${terminalSafeJson(event)}\n`;
}

/** What an append did, and the lines it made (what --json prints: exactly what the journal holds). */
export interface Appended extends WriteStatus {
  lines: string[];
}

export class JournalWriter {
  readonly path: string;
  private fd: number | undefined;
  private created = false;
  /** Every line of this journal, written or not. */
  private readonly lines: string[] = [];
  private chain = new JournalChain();
  /** How many of `lines` are known to be on disk, and their size in bytes. */
  private durable = 0;
  private bytes = 0;
  /** Set when the file had to be started again from memory, until a flush reports it. */
  private rewriting = false;
  /** A torn line a resume found after the good bytes, to cut at the first open. */
  private tornBytes = 0;
  private lineBreakOwed = false;
  private stillOurs: (() => string | undefined) | undefined;

  constructor(
    readonly dir: string,
    readonly incidentId: string,
    private readonly fs: JournalFs = nodeFs,
  ) {
    this.path = journalPath(dir, incidentId);
  }

  /**
   * Creates the folder and the journal file, never replacing an existing
   * one: the check, before the first step, that the record can be kept.
   * Throws JournalUnwritable saying why; `code` EEXIST means the id is taken.
   */
  create(): void {
    try {
      this.openFile();
    } catch (error) {
      const wrapped = new JournalUnwritable(this.path, describeDiskError(error));
      (wrapped as NodeJS.ErrnoException).code = (error as NodeJS.ErrnoException).code;
      throw wrapped;
    }
  }

  /**
   * Carries on an existing journal (coop resume), read under the lock: its
   * lines are kept in memory, so that a journal removed in the middle of the
   * resume is written again whole, not just from the resume on. A line torn
   * by a crash after them is cut before the next write, but only while the
   * file is still the size it was read at: anything else is another writer's.
   */
  continueAt(read: Pick<ReadJournal, 'events' | 'text' | 'validBytes' | 'fileBytes' | 'endsWithLineBreak'>): void {
    if (read.text.length !== read.events.length) throw new Error('continueAt needs a journal read with its text');
    this.created = true;
    for (const text of read.text) this.lines.push(`${text}\n`);
    this.chain = new JournalChain(read.text.at(-1));
    this.durable = this.lines.length;
    this.bytes = read.validBytes;
    this.tornBytes = read.fileBytes - read.validBytes;
    // coop stopped one byte short of a line break: the next write begins with it.
    if (!read.endsWithLineBreak) this.lineBreakOwed = true;
  }

  /** Before every write: a reason to write nothing more (the lock was taken over), or undefined. */
  writeOnlyWhile(check: () => string | undefined): void {
    this.stillOurs = check;
  }

  /** Keeps the events, each chained to the line before, and writes every line not yet on disk. */
  append(events: readonly JournalEvent[]): Appended {
    const lines = events.map((event) => this.chain.line(event));
    this.lines.push(...lines);
    return { ...this.flush(), lines };
  }

  flush(): WriteStatus {
    if (this.durable === this.lines.length) return { ok: true, pending: 0 };
    try {
      this.ensureOpen();
      const stopped = this.stillOurs?.() ?? this.changedUnderUs();
      if (stopped !== undefined) throw new JournalTakenOver(stopped);
      const owed = this.lineBreakOwed && !this.rewriting ? '\n' : '';
      const buffer = Buffer.from(owed + this.lines.slice(this.durable).join(''), 'utf8');
      // Positional writes: the file's bytes are always exactly the lines we
      // know are durable, whatever a failed earlier attempt left behind.
      let done = 0;
      while (done < buffer.length)
        done += this.fs.writeSync(this.fd!, buffer, done, buffer.length - done, this.bytes + done);
      this.fs.fsyncSync(this.fd!);
      this.bytes += buffer.length;
      this.durable = this.lines.length;
      this.lineBreakOwed = false;
      const rewritten = this.rewriting;
      this.rewriting = false;
      return { ok: true, pending: 0, ...(rewritten ? { rewritten } : {}) };
    } catch (error) {
      if (error instanceof JournalTakenOver) {
        // Not ours to cut back: the bytes after ours are someone else's.
        this.closeQuietly();
        throw error;
      }
      this.cutBack();
      this.closeQuietly();
      return { ok: false, pending: this.lines.length - this.durable, error: describeDiskError(error) };
    }
  }

  /** The journal is no longer the length this writer left it: someone else wrote to it. */
  private changedUnderUs(): string | undefined {
    const size = this.fs.fstatSync(this.fd!).size;
    if (size === this.bytes) return undefined;
    return `the journal ${this.path} was changed by another writer since this coop last wrote to it (it holds ${size} bytes, this coop left ${this.bytes})`;
  }

  /** The lines that never reached the disk, to print so nothing is lost. */
  pendingLines(): string[] {
    return this.lines.slice(this.durable);
  }

  close(): void {
    this.closeQuietly();
  }

  private ensureOpen(): void {
    if (this.fd !== undefined && this.fs.fstatSync(this.fd).nlink > 0) return;
    // The file was removed under us (or never opened): start again from the path.
    this.closeQuietly();
    this.openFile();
  }

  private openFile(): void {
    makeFolder(this.dir, 0o777, this.fs.mkdirSync);
    if (!this.created) {
      this.fd = this.createFile();
      this.created = true;
      return;
    }
    let fd: number;
    try {
      fd = this.fs.openSync(this.path, 'r+');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      // The file is gone: write the whole journal again from memory.
      fd = this.createFile();
      this.durable = 0;
      this.bytes = 0;
      this.rewriting = true;
    }
    this.fd = fd;
    const size = this.fs.fstatSync(fd).size;
    // What may be cut: the torn line a resume found, or a piece of our own write that failed half way.
    const cuttable = this.tornBytes > 0 ? size === this.bytes + this.tornBytes : this.ownPiece(fd, size);
    this.tornBytes = 0;
    if (size > this.bytes && cuttable) this.fs.ftruncateSync(fd, this.bytes);
  }

  /** Whether the bytes after ours are the start of what we failed to write (a full disk took a piece). */
  private ownPiece(fd: number, size: number): boolean {
    const extra = size - this.bytes;
    if (extra <= 0) return false;
    const ours = Buffer.from(this.lines.slice(this.durable).join(''), 'utf8');
    if (extra > ours.length) return false;
    const there = Buffer.alloc(extra);
    this.fs.readSync(fd, there, 0, extra, this.bytes);
    return there.equals(ours.subarray(0, extra));
  }

  /** A new journal, never replacing one: the umask's mode, and the group's in a shared (setgid) folder. */
  private createFile(): number {
    const fd = this.fs.openSync(this.path, 'wx', 0o666);
    if (isGroupFolder(this.dir)) shareFileWithGroup(fd);
    syncFolder(this.fs, dirname(this.path));
    return fd;
  }

  /**
   * A write that failed half way (a full disk) leaves a piece of a line: cut
   * it now, not at the next open, which may never come. Shrinking a file
   * needs no free space.
   */
  private cutBack(): void {
    if (this.fd === undefined) return;
    try {
      if (this.fs.fstatSync(this.fd).size > this.bytes) this.fs.ftruncateSync(this.fd, this.bytes);
    } catch {
      // The disk refuses even that: the next open cuts it, and a reader sets a torn last line aside.
    }
  }

  private closeQuietly(): void {
    if (this.fd === undefined) return;
    try {
      this.fs.closeSync(this.fd);
    } catch {
      // Closing a descriptor on a failed disk may fail too; the next flush reopens.
    }
    this.fd = undefined;
  }
}

/** A new file's name survives a power cut only once its folder is synced too (a review record's as well). */
export function syncFolder(fs: JournalFs, dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some file systems cannot sync a folder; the file's own fsync still holds.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
