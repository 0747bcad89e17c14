// Columns for a terminal: each as wide as its widest cell, measured as the
// terminal draws it, two spaces apart, the header in bold. Cells are shown
// with safeLine, so a name from a journal cannot move the cursor or break
// the row.
//
// A table wider than the terminal would be broken by it in the middle of its
// rows. Within a terminal's width, a table first cuts short the one column
// that can spare it (a title: whole words, then "…"), and where that is not
// enough shows each row as a block instead, its first cell and then the
// others under it by heading. A pipe gets the whole table, whatever its width.
import { safeLine } from './sanitize.js';
import type { Style } from './style.js';
import { displayWidth, joinWithin, padToWidth, wrap } from './wrap.js';

const GAP = '  ';
/** A column cut short keeps at least this many columns of its words. */
const SHORTEST_CUT = 16;

export interface TableFit {
  /** The terminal's width; none for a pipe. */
  width?: number;
  /** The column that may be cut short to fit. */
  shrink?: number;
}

/** The table's lines, within `fit.width` columns when that is given. */
export function textTable(header: string[], rows: string[][], style: Style, fit: TableFit = {}): string[] {
  const cells = rows.map((row) => row.map(safeLine));
  const { width } = fit;
  if (width === undefined || tableWidth(header, cells) <= width) return tableLines(header, cells, style);
  const cut = cutToFit(header, cells, width, fit.shrink);
  return cut ? tableLines(header, cut, style) : blocks(header, cells, style, width);
}

/** The cells with column `shrink` cut short so the table is `width` wide; none where it would get too narrow. */
function cutToFit(header: string[], cells: string[][], width: number, shrink?: number): string[][] | undefined {
  if (shrink === undefined) return undefined;
  const cut = columnWidths(header, cells)[shrink]! - (tableWidth(header, cells) - width);
  if (cut < Math.max(SHORTEST_CUT, displayWidth(header[shrink]!))) return undefined;
  return cells.map((row) => row.map((cell, c) => (c === shrink ? cutShort(cell, cut) : cell)));
}

/** The header and the rows in columns, each as wide as its widest cell (a column cut between words may be narrower). */
function tableLines(header: string[], cells: string[][], style: Style): string[] {
  const widths = columnWidths(header, cells);
  return [header, ...cells].map((row, i) => {
    const line = row.map((cell, c) => (c === row.length - 1 ? cell : padToWidth(cell, widths[c]!))).join(GAP);
    return i === 0 ? style.bold(line) : line;
  });
}

function tableWidth(header: string[], cells: string[][]): number {
  const widths = columnWidths(header, cells);
  return widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1);
}

function columnWidths(header: string[], cells: string[][]): number[] {
  return header.map((_, c) => Math.max(...[header, ...cells].map((row) => displayWidth(row[c] ?? ''))));
}

/** `cell` in `width` columns: whole, or its first words and "…". */
function cutShort(cell: string, width: number): string {
  if (displayWidth(cell) <= width) return cell;
  return `${wrap(cell, width - 1)[0]!.trimEnd()}…`;
}

/** Each row as its first cell, then "heading: cell" for the others, as many to a line as fit. */
function blocks(header: string[], cells: string[][], style: Style, width: number): string[] {
  return cells.flatMap(([first = '', ...rest]) => {
    const facts = rest.map((cell, i) => `${header[i + 1]!.toLowerCase()}: ${cell}`);
    return [style.bold(first), ...joinWithin(facts, ' · ', width - GAP.length).map((line) => GAP + line)];
  });
}
