// Columns for a terminal: each as wide as its widest cell, measured as the
// terminal draws it, two spaces apart, the header in bold. Cells are shown
// with safeLine, so a name from a journal cannot move the cursor or break
// the row.
import { safeLine } from './sanitize.js';
import type { Style } from './style.js';
import { displayWidth, padToWidth } from './wrap.js';

export function textTable(header: string[], rows: string[][], style: Style): string[] {
  const all = [header, ...rows.map((row) => row.map(safeLine))];
  const widths = header.map((_, c) => Math.max(...all.map((row) => displayWidth(row[c] ?? ''))));
  return all.map((row, i) => {
    const line = row.map((cell, c) => (c === row.length - 1 ? cell : padToWidth(cell, widths[c]!))).join('  ');
    return i === 0 ? style.bold(line) : line;
  });
}
