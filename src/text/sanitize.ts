// Text from a runbook file is shown to people, and a file from a shared drive
// may carry terminal escape sequences (clear the screen, retitle the window,
// hide text). Every runbook string shown on a terminal passes through here.

// C0 controls except tab and line feed, DEL, and the C1 controls (which some
// terminals honour as escape sequences of their own, e.g. U+009B as CSI).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Characters that draw nothing yet change what text says: Unicode's format
// characters (zero-width spaces and joiners, direction marks such as U+200F
// and U+061C, bidirectional overrides, the word joiner, the byte order mark,
// tag characters) and the Hangul fillers, letters that are blank. An emoji
// built with a zero-width joiner shows its parts; that is the price.
// A pattern's source, not a RegExp: V8 builds a \p{...} class's table from ICU
// each time it makes a RegExp of it, at every start (measured: 0.5M instructions
// each, of a 90M `node -e 0`), so each expression that holds it is made once.
const INVISIBLE = String.raw`[\p{Cf}\u115f\u1160\u3164\uffa0]`;
// A run of this many blanks or more is shown by its length: 4,000 spaces in a
// command would push what follows them off the screen where it is confirmed.
const BLANK_RUN = /[\p{Zs}\t]{10,}/gu;
// The characters safeText escapes, as one class: to replace, and to find (search ignores /g and lastIndex).
const ESCAPED_ALL = new RegExp(`${CONTROL.source}|${INVISIBLE}`, 'gu');

const NAMED: Record<string, string> = {
  '\r': '\\r',
  '\u001b': '\\e',
  '\u0007': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
};

/** `\uXXXX`, or `\u{XXXXX}` beyond the Basic Multilingual Plane (tag characters). */
function codeEscape(ch: string): string {
  const code = ch.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

function escapeChar(ch: string): string {
  return NAMED[ch] ?? codeEscape(ch);
}

/** "[4000 spaces]", "[12 tabs]", "[30 spaces and tabs]"; other kinds of space are named. */
function describeBlankRun(run: string): string {
  const tabs = run.split('\t').length - 1;
  const what = tabs === 0 ? 'spaces' : tabs === run.length ? 'tabs' : 'spaces and tabs';
  const unusual = [...new Set(run.replace(/[ \t]/g, ''))].map(
    (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return `[${run.length} ${what}${unusual.length ? ` incl. ${unusual.join(', ')}` : ''}]`;
}

/**
 * Shows control and invisible characters as visible escapes (ESC as \e,
 * others as \uXXXX) and long runs of blanks by their length; keeps newlines
 * and tabs.
 */
export function safeText(text: string): string {
  return text.replace(ESCAPED_ALL, escapeChar).replace(BLANK_RUN, describeBlankRun);
}

/** As safeText, and a line break too becomes visible (Unicode's line and paragraph separators as well): for one-line fields. */
export function safeLine(text: string): string {
  return safeText(text.includes('\t') ? text.replace(/\t/g, ' ') : text)
    .replace(/\n/g, '\\n')
    .replace(/[\u2028\u2029]/g, escapeChar);
}

/**
 * Text of several lines a person wrote (a note, an update), on one line
 * among others: its lines joined by spaces, as the report shows it, rather
 * than with \\n between them; anything else as safeLine.
 */
export function safeFlowed(text: string): string {
  return safeLine(text.trim().replace(/[ \t]*\r?\n\s*/g, ' '));
}

/**
 * A check step's command, shown before anyone confirms it: on one line, and
 * exact. A tab is not a space to the shell (`grep '<tab>'`), so it shows as
 * \\t, as a line break shows as \\n.
 */
export function safeCommand(command: string): string {
  return safeText(command).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

/** Where the first character safeText would escape is, or -1 when there is none. */
export function firstControlChar(text: string): number {
  return text.search(ESCAPED_ALL);
}

/** The longest run of blanks that safeText shows by its length, with where it starts; undefined when there is none. */
export function longestBlankRun(text: string): { at: number; length: number } | undefined {
  let longest: { at: number; length: number } | undefined;
  for (const match of text.matchAll(BLANK_RUN))
    if (!longest || match[0].length > longest.length) longest = { at: match.index, length: match[0].length };
  return longest;
}

// JSON escapes C0 controls itself; DEL, the C1 controls (U+009B acts as CSI on
// some terminals), invisible characters and line separators are escaped
// too, so `cat` or `tail` of a journal never hands a terminal an escape
// sequence or text that hides. Each UTF-16 unit as \uXXXX: JSON's own form.
// Made on first use: most commands print no JSON.
let unsafeInTerminal: RegExp | undefined;

/** JSON text that is safe to show on a terminal: the same escapes as a journal line. */
export function terminalSafeJson(value: unknown, indent?: number): string {
  unsafeInTerminal ??= new RegExp(`[\\u007f-\\u009f\\u2028\\u2029]|${INVISIBLE}`, 'gu');
  return JSON.stringify(value, null, indent).replace(unsafeInTerminal, (c) =>
    [...Array(c.length).keys()].map((i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}
