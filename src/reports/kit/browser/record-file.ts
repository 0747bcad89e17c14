// The walk's record as a file: its journal events as JSON Lines, the form
// `coop import` reads. Downloaded, or handed to the phone's share sheet
// where the browser offers one.
/// <reference lib="dom" />
import type { JournalEvent } from '../../../journal/events.js';

export function recordText(events: readonly JournalEvent[]): string {
  return events.map((e) => `${JSON.stringify(e)}\n`).join('');
}

export function recordFileName(incident: string): string {
  return `${incident}.jsonl`;
}

export function downloadRecord(incident: string, events: readonly JournalEvent[]): void {
  const blob = new Blob([recordText(events)], { type: 'application/x-ndjson' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = recordFileName(incident);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function recordAsFile(incident: string, events: readonly JournalEvent[]): File {
  return new File([recordText(events)], recordFileName(incident), { type: 'text/plain' });
}

/** True when the browser can hand a file to the share sheet. */
export function canShareRecord(): boolean {
  try {
    return typeof navigator.canShare === 'function' && navigator.canShare({ files: [new File([''], 'x.jsonl')] });
  } catch {
    return false;
  }
}

export async function shareRecord(incident: string, title: string, events: readonly JournalEvent[]): Promise<void> {
  try {
    await navigator.share({ title: `Record: ${title}`, files: [recordAsFile(incident, events)] });
  } catch {
    // Cancelled, or refused: the download stays on offer.
  }
}
