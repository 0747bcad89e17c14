// The runbook's content hash, kept in the first event so that a resume can
// tell whether the runbook changed since the incident began. It is taken from
// the file on disk (the cached library keeps no text), so the hash at start
// and the hash at resume are made the same way.
import { readFileSync } from 'node:fs';
import { nodeCrypto } from '../system/crypto.js';

/** `sha256:<hex>` of some bytes. */
export function contentHash(bytes: string | Buffer): string {
  return `sha256:${nodeCrypto().createHash('sha256').update(bytes).digest('hex')}`;
}

/** `sha256:<hex>` of a runbook file's bytes as they are on disk now. */
export function fileHash(path: string): string {
  return contentHash(readFileSync(path));
}
