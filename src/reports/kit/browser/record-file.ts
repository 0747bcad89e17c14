// The walk's record as a file: its journal events as JSON Lines, the form
// `coop import` reads. Downloaded, or handed to the phone's share sheet
// where the browser offers one.
/// <reference lib="dom" />
import type { StoredWalk } from './walk-store.js';

export function recordText(walk: StoredWalk): string {
  return walk.lines.map((line) => `${line}\n`).join('');
}

export function recordFileName(incident: string): string {
  return `${incident}.jsonl`;
}

export function downloadRecord(walk: StoredWalk): void {
  const blob = new Blob([recordText(walk)], { type: 'application/x-ndjson' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = recordFileName(walk.incident);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function recordAsFile(walk: StoredWalk): File {
  return new File([recordText(walk)], recordFileName(walk.incident), { type: 'text/plain' });
}

/** True when the browser can hand a file to the share sheet. */
export function canShareRecord(): boolean {
  try {
    return typeof navigator.canShare === 'function' && navigator.canShare({ files: [new File([''], 'x.jsonl')] });
  } catch {
    return false;
  }
}

export async function shareRecord(walk: StoredWalk, title: string): Promise<void> {
  try {
    await navigator.share({ title: `Record: ${title}`, files: [recordAsFile(walk)] });
  } catch {
    // Cancelled, or refused: the download stays on offer.
  }
}
