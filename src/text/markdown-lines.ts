// Markdown set to a width, so that it reads right both as it is, on a
// terminal or in a file, and rendered: a long list item or heading is broken
// at spaces into lines that Markdown joins again, each under the text it
// continues, and no line it is broken into starts a block of its own (a
// bullet, an ordered item, a rule). Text given here is escaped already
// (escapeMarkdownInline); a word longer than a line (a path) stays whole.
import { escapeMarkdownLineStart } from './escape.js';
import { displayWidth, wrapAtSpaces } from './wrap.js';

/** A list item `width` columns wide: "- " and its text, its further lines under the text; nested under `indent`. */
export function markdownItem(text: string, width: number, indent = ''): string[] {
  const mark = `${indent}- `;
  const under = ' '.repeat(mark.length);
  return continued(text, width - mark.length).map((line, i) => (i === 0 ? mark : under) + line);
}

/**
 * A heading of the first or second level: on one line ("# Title") when it
 * fits, else its lines underlined (= or -), the heading Markdown lets run
 * over several lines.
 */
export function markdownHeading(text: string, level: 1 | 2, width: number): string[] {
  const line = `${'#'.repeat(level)} ${text}`;
  if (displayWidth(line) <= width) return [line];
  const lines = continued(text, width);
  const longest = Math.max(...lines.map(displayWidth));
  return [...lines, (level === 1 ? '=' : '-').repeat(Math.min(longest, width))];
}

/**
 * `text` broken at spaces within `width`, each line after the first kept from
 * starting a block: those are broken a column narrower, room for the
 * backslash that may escape their first character.
 */
function continued(text: string, width: number): string[] {
  const [first = ''] = wrapAtSpaces(text, width);
  const rest = text.slice(first.length).trimStart();
  return [first, ...(rest ? wrapAtSpaces(rest, width - 1).map(escapeMarkdownLineStart) : [])];
}
