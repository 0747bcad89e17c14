// The runbook's content hash, kept in the first event so that a resume can
// tell whether the runbook changed since the incident began.
import { createHash } from 'node:crypto';

/** `sha256:<hex>` of the runbook file's text as the loader read it. */
export function contentHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
