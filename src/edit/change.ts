// A change to one file of a user's library, shown before it is made: what
// the file holds now, what it will hold, and the diff between them.
import { createTwoFilesPatch } from '../vendor/diff.js';
import { safeLine } from '../text/sanitize.js';
import type { Style } from '../text/style.js';
import { editedText, type YamlFile } from './yaml-file.js';

export interface FileChange {
  /** Absolute path. */
  path: string;
  display: string;
  /** What the file holds now; undefined for a file to be made. */
  before?: string;
  after: string;
}

export function changeOf(file: YamlFile): FileChange {
  return { path: file.path, display: file.display, before: file.original, after: editedText(file) };
}

export function isChange(change: FileChange): boolean {
  return change.before !== change.after;
}

/** A unified diff, as git shows one: - for a line that goes, + for one that comes, each line shown safely. */
export function diffOf(change: FileChange, style: Style): string {
  // As git names a file outside the folder (a/tmp/x.yaml, not a//tmp/x.yaml).
  const name = change.display.replace(/^\/+/, '');
  const patch = createTwoFilesPatch(
    change.before === undefined ? '/dev/null' : `a/${name}`,
    `b/${name}`,
    change.before ?? '',
    change.after,
    undefined,
    undefined,
    { context: 3 },
  );
  // jsdiff may start with an "Index:" line and a rule of = signs, which git does not print.
  const lines = patch.split('\n').filter((line, i) => i > 1 || !/^(Index: |=+$)/.test(line));
  if (lines.at(-1) === '') lines.pop();
  return `${lines.map((line) => paint(shownLine(line), style)).join('\n')}\n`;
}

/** Indentation up to this deep is shown as it is; deeper, the rest by its length, as safeLine shows any long run of blanks. */
const SHOWN_INDENT = 40;

/**
 * A line of the diff, safe to show: a YAML line's indentation as it is (its
 * depth is what the diff is read for, and "[12 spaces]" hides it), without
 * the CR of a CRLF file, which coop keeps and would end every line as "\r".
 */
function shownLine(line: string): string {
  const mark = line[0];
  if (mark !== '+' && mark !== '-' && mark !== ' ') return safeLine(line);
  if (line.startsWith('+++ ') || line.startsWith('--- ')) return safeLine(line);
  const text = line.slice(1).replace(/\r$/, '');
  const indent = /^ */.exec(text)![0].slice(0, SHOWN_INDENT);
  return mark + indent + safeLine(text.slice(indent.length));
}

function paint(line: string, style: Style): string {
  if (line.startsWith('+++') || line.startsWith('---')) return style.bold(line);
  if (line.startsWith('@@')) return style.cyan(line);
  if (line.startsWith('+')) return style.green(line);
  if (line.startsWith('-')) return style.red(line);
  return line;
}
