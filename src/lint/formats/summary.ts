// The closing line of the human formats.
import type { Counts } from '../finding.js';
import { plural } from '../words.js';

/** "2 errors, 1 warning" */
export function summaryLine(counts: Counts): string {
  return `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`;
}
