// Lines for a terminal, measured the way a terminal draws them: a CJK
// character or an emoji takes two columns, a combining accent none, colour
// codes none. Measuring with `.length` pushes wide text past the edge and
// columns out of line; fast-wrap-ansi and fast-string-width (inquirer's own)
// measure by display width.
import stringWidth from 'fast-string-width';
import { wrapAnsi } from 'fast-wrap-ansi';

// Printable ASCII takes one column a character, as fast-string-width counts it
// too: measured without it, a command whose text is all such (coop list's
// table) never loads it (scripts/build.mjs, lazy-text-packages, says why).
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The width coop sets its words to on a terminal `columns` wide: the terminal's, but no narrower than
 * 40 (below that the terminal breaks lines again) and no wider than 100, which is as long as a line is
 * read easily.
 */
export function readingWidth(columns: number): number {
  return Math.max(40, Math.min(columns, 100));
}

/** How many columns `text` takes on a terminal. */
export function displayWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/** `text` padded with spaces to `width` columns. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Breaks text into lines of at most `width` columns, on spaces; a word
 * longer than a line is broken where the line ends, so nothing runs off
 * the screen. Line breaks in the text are kept.
 */
export function wrap(text: string, width: number): string[] {
  return wrapAnsi(text, Math.max(1, width), { hard: true, trim: true }).split('\n');
}

/**
 * Breaks text into lines of at most `width` columns on spaces only: a word
 * longer than a line (a file's path) stays whole on a line of its own, for
 * the terminal to fold. A path cut by a line break is copied cut.
 */
export function wrapAtSpaces(text: string, width: number): string[] {
  return wrapAnsi(text, Math.max(1, width), { hard: false, trim: true }).split('\n');
}

/**
 * Phrases joined by `separator` on as few lines as fit in `width`, each
 * phrase kept whole on one line (wrapped at its spaces only when it alone is
 * too wide, so that a path in it stays whole).
 */
export function joinWithin(phrases: string[], separator: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const phrase of phrases) {
    const joined = line ? `${line}${separator}${phrase}` : phrase;
    if (line && displayWidth(joined) > width) {
      lines.push(line);
      line = phrase;
    } else line = joined;
  }
  if (line) lines.push(line);
  return lines.flatMap((l) => wrapAtSpaces(l, width));
}

/**
 * `text` wrapped to `width` columns with `first` before its first line and
 * `rest` before each line after it (an item's mark, then the indent that keeps
 * its continuation under its text), every line within `width` with its prefix.
 */
export function wrapUnder(text: string, width: number, first: string, rest: string): string[] {
  const room = width - Math.max(displayWidth(first), displayWidth(rest));
  return wrap(text, room).map((line, i) => (i === 0 ? first : rest) + line);
}

/**
 * A line of at most `width` columns as it is; a wider one broken at its
 * spaces only (a path stays whole), the first line as wide as `width` and the
 * rest under it after `indent`.
 */
export function wrapHanging(line: string, width: number, indent: string): string[] {
  if (displayWidth(line) <= width) return [line];
  const [first = '', ...rest] = wrapAtSpaces(line, width);
  if (rest.length === 0) return [first];
  return [first, ...wrapAtSpaces(rest.join(' '), width - displayWidth(indent)).map((part) => indent + part)];
}

/** A line wrapped to `width` at its own indent, its continuation lines two further in, never cut mid-word by the terminal. */
export function wrapIndented(line: string, width: number): string[] {
  const indent = ' '.repeat(line.length - line.trimStart().length);
  return wrapUnder(line.trimStart(), width, indent, `${indent}  `);
}
