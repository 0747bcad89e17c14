// What a person sees of text from a file: nothing that hides, nothing that
// rewrites the screen, and the same escapes in every output.
import { describe, expect, it } from 'vitest';
import {
  longestBlankRun,
  safeCommand,
  safeFlowed,
  safeLine,
  safeText,
  terminalSafeJson,
} from '../../src/text/sanitize.js';

describe('text shown on a terminal', () => {
  it('shows invisible characters as escapes: a zero-width space, direction marks, a tag character', () => {
    expect(safeLine('Restart\u200b the\u200f mail\u061c server\u{e0041}')).toBe(
      'Restart\\u200b the\\u200f mail\\u061c server\\u{e0041}',
    );
  });

  it('shows a long run of blanks by its length, and keeps short ones', () => {
    expect(safeText(`echo ok${' '.repeat(4000)}; touch file`)).toBe('echo ok[4000 spaces]; touch file');
    expect(safeText('a    b')).toBe('a    b');
    expect(safeText(`a${'\u00a0'.repeat(12)}b`)).toBe('a[12 spaces incl. U+00A0]b');
  });

  it('a command stays exact: tabs as \\t, a run of tabs by its length', () => {
    expect(safeCommand("grep 'a\tb' file")).toBe("grep 'a\\tb' file");
    expect(safeCommand(`true${'\t'.repeat(50)}; rm x`)).toBe('true[50 tabs]; rm x');
  });

  it('finds the longest run of blanks, where it starts', () => {
    expect(longestBlankRun(`a${' '.repeat(12)}b${' '.repeat(30)}c`)).toEqual({ at: 14, length: 30 });
    expect(longestBlankRun('a b')).toBeUndefined();
  });
});

describe('a note on one line', () => {
  it('joins its lines with spaces, and escapes what safeLine escapes', () => {
    expect(safeFlowed('Called the utility\n  Outage until 14:00\r\n')).toBe('Called the utility Outage until 14:00');
    expect(safeFlowed('a\u001b[2Jb\nc')).toBe('a\\e[2Jb c');
  });
});

describe('JSON for a terminal', () => {
  it('escapes invisible characters, and reads back the same', () => {
    const value = { text: 'x\u200by\u202e\u{e0041}' };
    const json = terminalSafeJson(value);
    expect(json).toBe('{"text":"x\\u200by\\u202e\\udb40\\udc41"}');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('keeps long runs of spaces: the data is exact', () => {
    expect(JSON.parse(terminalSafeJson({ run: ' '.repeat(40) })).run).toHaveLength(40);
  });
});
