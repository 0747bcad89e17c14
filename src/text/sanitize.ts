// Text from a runbook file is shown to people, and a file from a shared drive
// may carry terminal escape sequences (clear the screen, retitle the window,
// hide text). Every runbook string shown on a terminal passes through here.

// C0 controls except tab and line feed, DEL, and the C1 controls (which some
// terminals honour as escape sequences of their own, e.g. U+009B as CSI).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Also bidirectional overrides, which can make text read differently from what it says.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = {
  '\r': '\\r',
  '\u001b': '\\e',
  '\u0007': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
};

function escapeChar(ch: string): string {
  return NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Shows control characters as visible escapes (ESC as \e, others as \uXXXX); keeps newlines and tabs. */
export function safeText(text: string): string {
  return text.replace(CONTROL, escapeChar).replace(BIDI, escapeChar);
}

/** As safeText, and a line break too becomes visible (Unicode's line and paragraph separators as well): for one-line fields. */
export function safeLine(text: string): string {
  return safeText(text)
    .replace(/\n/g, '\\n')
    .replace(/\t/g, ' ')
    .replace(/[\u2028\u2029]/g, escapeChar);
}

/**
 * A check step's command, shown before anyone confirms it: on one line, and
 * exact. A tab is not a space to the shell (`grep '<tab>'`), so it shows as
 * \\t, as a line break shows as \\n.
 */
export function safeCommand(command: string): string {
  return safeText(command).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

// The characters safeText escapes, as one class: found, not replaced (no /g, so no lastIndex to reset).
const ESCAPED = new RegExp(`${CONTROL.source}|${BIDI.source}`);

/** Where the first character safeText would escape is, or -1 when there is none. */
export function firstControlChar(text: string): number {
  return text.search(ESCAPED);
}

// JSON escapes C0 controls itself; DEL, the C1 controls (U+009B acts as CSI on
// some terminals), bidirectional overrides and line separators are escaped
// too, so `cat` or `tail` of a journal never hands a terminal an escape sequence.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_TERMINAL = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** JSON text that is safe to show on a terminal: the same escapes as a journal line. */
export function terminalSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    UNSAFE_IN_TERMINAL,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
