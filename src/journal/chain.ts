// The hash chain that makes an edited, removed or inserted journal line
// visible (docs/journal.md, "The hash chain"). Defined so that any writer
// can make it with a SHA-256 and nothing else (the go-kit, with WebCrypto):
//
//   prev = "sha256:" + lower-case hex of SHA-256(the bytes of the previous
//          event's line exactly as stored in the file, UTF-8, without its
//          line feed)
//
// The first event of a journal has no `prev`. Blank lines are not events and
// are not hashed. The chain covers bytes, not meanings, so a new event type
// needs nothing here. It shows edits made by hand or by tools that do not
// know it; it is not a signature: whoever can write the file can also make
// the chain again.
import { nodeCrypto } from '../system/crypto.js';
import { terminalSafeJson } from '../text/sanitize.js';
import type { JournalEvent } from './events.js';

/** `sha256:<hex>` of one journal line as stored, without its line feed. */
export function lineHash(line: Uint8Array | string): string {
  crypto ??= nodeCrypto();
  return `sha256:${crypto.hash('sha256', line, 'hex')}`;
}
let crypto: ReturnType<typeof nodeCrypto> | undefined;

/** One journal line: the event as JSON, safe to show on a terminal, `v` first (a torn line still starts `{"v":`). */
function jsonLine(event: JournalEvent, prev: string | undefined): string {
  const { v, ...rest } = event;
  return terminalSafeJson(prev === undefined ? event : { v, prev, ...rest });
}

/** Turns events into chained journal lines, each carrying the hash of the line before. */
export class JournalChain {
  /**
   * @param last the line the next event follows (without its line feed), or none for a new journal
   * @param hash lineHash; the go-kit gives its own, as a browser has no node:crypto
   */
  constructor(
    private last?: string,
    private readonly hash: (line: string) => string = lineHash,
  ) {}

  /** The event's line, ending in a line feed. */
  line(event: JournalEvent): string {
    const text = jsonLine(event, this.last === undefined ? undefined : this.hash(this.last));
    this.last = text;
    return `${text}\n`;
  }
}
