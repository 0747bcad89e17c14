import { firstControlChar, safeLine } from '../../text/sanitize.js';
import type { Report, Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'control-character',
    severity: 'error',
    category: 'hygiene',
    description:
      'Text holds control characters, terminal escape sequences, bidirectional overrides or invisible characters that could hide or rewrite what a person reads.',
  },
  runbook({ entry, report }) {
    if (!entry.lost && !mayHoldOne(entry.file.text)) return;
    scan(entry.value, entry.file, [...entry.path], report);
  },
  library({ library, report }) {
    for (const item of [...library.contacts, ...library.systems]) scan(item.value, item.file, [...item.path], report);
    if (library.contactsFile && library.organization !== undefined)
      scan(library.organization, library.contactsFile, ['organization'], report);
  },
};

/**
 * Every string of a runbook read whole from its file (nothing lost, so
 * nothing put in its place) is text of the file, or made by an escape of a
 * double-quoted value (\e, \x1b, \u200b): a file with neither such a
 * character nor a backslash has none to find, and one look at its text is
 * much cheaper than a look at each of its values.
 */
function mayHoldOne(text: string): boolean {
  return text.includes('\\') || firstControlChar(text) !== -1;
}

/** Every string under `value`; `path` is reused as a stack and copied only for a finding. */
function scan(value: unknown, file: Report['file'], path: Array<string | number>, report: (r: Report) => void): void {
  if (typeof value === 'string') {
    // The characters sanitize.ts escapes on output: C0/C1 controls (but tab and line feed), DEL, invisible characters.
    const at = firstControlChar(value);
    if (at !== -1) report({ file, path: [...path], message: describe(value, at) });
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      scan(value[i], file, path, report);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      scan((value as Record<string, unknown>)[key], file, path, report);
      path.pop();
    }
  }
}

function describe(text: string, at: number): string {
  const ch = text.codePointAt(at)!;
  const code = `U+${ch.toString(16).toUpperCase().padStart(4, '0')}`;
  const bidiOverride = (ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2066 && ch <= 0x2069);
  const what =
    ch === 0x1b || ch === 0x9b
      ? 'a terminal escape sequence, which can rewrite what the screen shows'
      : bidiOverride
        ? `a bidirectional override (${code}), which can make text read differently from what it says`
        : ch > 0x9f
          ? `an invisible character (${code}), which a reader cannot see`
          : `a control character (${code})`;
  // A short text is shown whole; a long one, around the character.
  const from = text.length <= 40 ? 0 : Math.max(0, at - 15);
  const to = text.length <= 40 ? text.length : at + 25;
  const excerpt = `${from > 0 ? '…' : ''}${safeLine(text.slice(from, to))}${to < text.length ? '…' : ''}`;
  return `text contains ${what}: "${excerpt}"; remove it`;
}
