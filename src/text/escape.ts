// Runbook text goes into HTML, CSS strings, Markdown and Mermaid. Each format
// has its own ways to turn text into markup; every runbook string passes
// through the escaper of the format it lands in, after its control characters
// have been made visible (as on the terminal: ESC shows as \e), so a file from
// a shared drive can neither inject markup nor hide what it says.
import { safeLine, safeText } from './sanitize.js';

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for HTML element content or a quoted attribute value (both quotes are
 * escaped, so either kind of quote may delimit the attribute).
 */
export function escapeHtml(text: string): string {
  return safeText(text).replace(/[&<>"']/g, (ch) => HTML_SPECIAL[ch]!);
}

/**
 * Text for a double-quoted CSS string (`content: "..."`): everything but
 * letters, digits and spaces as a hex escape, so neither a quote, a backslash,
 * a line break nor `</style>` can end the string or the style sheet.
 */
export function escapeCssString(text: string): string {
  return safeLine(text).replace(/[^A-Za-z0-9 ]/gu, (ch) => `\\${ch.codePointAt(0)!.toString(16)} `);
}

// Characters that start or end inline Markdown (emphasis, code, links, raw
// HTML, tables, strikethrough, maths on GitHub) wherever they stand.
const MARKDOWN_INLINE = /[\\`*_[\]<>|~$#]/g;
// `&` only where it would start an entity reference (&lt; &#60;).
const MARKDOWN_ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
// What else makes a (trimmed) line a block of its own: a bullet, a rule, a
// setext underline, an ordered item ("1." or "1)"). Quotes and headings start
// with > and #, escaped wherever they stand.
const MARKDOWN_LINE_START = /^([-+=]|\d+(?=[.)]))/;

function escapeMarkdownLine(line: string): string {
  return escapeMarkdownLineStart(line.trim().replace(MARKDOWN_INLINE, '\\$&').replace(MARKDOWN_ENTITY, '\\&'));
}

/**
 * Escaped Markdown text with the character that would make its line a block
 * (a bullet, a rule, an ordered item) escaped too: "\-" and "1\." stay text.
 * For a line that a long text was broken into, which may start anywhere in it.
 */
export function escapeMarkdownLineStart(line: string): string {
  return line.replace(MARKDOWN_LINE_START, (mark) => (/\d/.test(mark) ? `${mark}\\` : `\\${mark}`));
}

/**
 * Text for one line of Markdown: a heading, a table cell, a list item's first
 * line. Line breaks become spaces (a break would end the heading or the row).
 */
export function escapeMarkdownInline(text: string): string {
  if (PLAIN_WORDS.test(text)) return text;
  return escapeMarkdownLine(safeText(text.replace(/[\r\n\t]+/g, ' ')));
}

// Words that no step above would change (no control, invisible or markup
// character, no run of blanks, nothing a line may start a block with): a
// long report's cells are mostly these, and skip the regular expressions.
const PLAIN_WORDS = /^[A-Za-z(][A-Za-z0-9,.:;'"()?!/-]*(?: [A-Za-z0-9,.:;'"()?!/-]+)*$/;

/**
 * Text of several lines inside a paragraph or list item: each line escaped on
 * its own and joined by a hard line break (a trailing backslash) plus
 * `indent`, so the text stays inside the item it belongs to.
 */
export function escapeMarkdownText(text: string, indent = ''): string {
  // An empty line in the middle would end the paragraph: joined by a hard
  // break it stays a line of its own, still inside the item.
  return safeText(text.replace(/\r\n/g, '\n'))
    .trim()
    .split('\n')
    .map((line) => escapeMarkdownLine(line.replace(/\t/g, ' ')))
    .join(`\\\n${indent}`);
}

function longestRun(text: string, ch: string): number {
  let longest = 0;
  for (const run of text.match(new RegExp(`\\${ch}+`, 'g')) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * A fenced code block whose fence is longer than any run of backticks in the
 * text, so the text cannot close it. Each line is prefixed with `indent`.
 */
export function markdownCodeBlock(text: string, indent = '', info = ''): string {
  const visible = safeText(text);
  const fence = '`'.repeat(Math.max(3, longestRun(visible, '`') + 1));
  const body = visible.split('\n').map((line) => `${indent}${line}`.trimEnd());
  return [`${indent}${fence}${info}`, ...body, `${indent}${fence}`].join('\n');
}

/**
 * A code span for one line, delimited by more backticks than the text holds.
 * Not for table cells: GitHub splits cells on a pipe even inside code.
 */
export function markdownCodeSpan(text: string): string {
  const line = safeLine(text);
  const ticks = '`'.repeat(longestRun(line, '`') + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${line}${pad}${ticks}`;
}

/**
 * Text for a quoted Mermaid label (`s1["..."]`, `-->|"..."|`). Mermaid reads
 * `#name;` and `#123;` as entities and renders labels as HTML, so everything
 * outside a plain set of letters, digits and punctuation is written as a
 * numeric entity: no quote, bracket, `<` or backtick reaches the parser.
 */
export function escapeMermaidLabel(text: string): string {
  return safeLine(text).replace(/[^\p{L}\p{N} ,.:?!'()/+=%@-]/gu, (ch) => `#${ch.codePointAt(0)};`);
}
