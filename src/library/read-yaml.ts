// Reads one YAML file into plain data, turning every way the bytes or the
// YAML can be wrong into a positioned Problem instead of an exception.
import { isUtf8 } from 'node:buffer';
import type { CST, Document, YAMLError } from 'yaml';
import { describeReadError } from '../system/disk-errors.js';
import { type NotReadable, readRegularFile } from '../system/read-regular-file.js';
import { safeLine } from '../text/sanitize.js';
import type { Problem } from './problem.js';
import { firstLineExample } from './paths.js';
import type { SourceFile } from './source-file.js';
import { YamlSourceFile } from './yaml-source-file.js';
import { DocumentLocator } from './document-locator.js';
import { MAX_FILE_BYTES, MAX_KEYS_PER_MAPPING, MAX_NESTING } from './limits.js';
import { tooDeepAt } from './nesting.js';
import { readWithEvents } from './read-events.js';
import { yamlPackage } from './yaml-package.js';

export { MAX_FILE_BYTES };
/** Alias expansions allowed per document: enough for real reuse, not for a billion laughs. */
const MAX_ALIAS_COUNT = 100;

export interface ReadResult {
  file?: SourceFile;
  data?: unknown;
  problems: Problem[];
}

export function readYamlFile(absolutePath: string, displayPath: string): ReadResult {
  const fail = (message: string, line = 1, col = 1): ReadResult => ({
    problems: [{ file: displayPath, line, col, code: 'file-unreadable', message }],
  });
  // Opened once and checked as opened (src/system/read-regular-file.ts): a named pipe in a library
  // folder never hangs the read, and the check and the read are of the same file.
  const read = readRegularFile(absolutePath, MAX_FILE_BYTES);
  if (!read.ok) return fail(notReadableMessage(read));
  const bytes = read.bytes;
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = positionOfByte(bytes, nul);
    return fail('contains a NUL byte: this is a binary file, not YAML text', at.line, at.col);
  }
  const badByte = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (badByte !== -1) {
    const at = positionOfByte(bytes, badByte);
    return fail('is not valid UTF-8 text; save it as UTF-8', at.line, at.col);
  }
  // A byte order mark is harmless: drop it so columns count from the first character.
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return parseYamlText(text, absolutePath, displayPath);
}

function notReadableMessage(why: NotReadable): string {
  switch (why.kind) {
    case 'folder':
      return 'is a folder, not a file; a runbook is one .yaml file';
    case 'not-regular':
      return 'is not a regular file';
    case 'too-big':
      return `is ${why.size} bytes${why.growing ? ' or more (it grew while it was read)' : ''}, over the ${MAX_FILE_BYTES}-byte (1 MiB) limit for a library file; split it or remove what does not belong`;
    case 'error':
      return describeReadError(why.error);
  }
}

export function parseYamlText(text: string, absolutePath: string, displayPath: string): ReadResult {
  // The fast reader first (read-events.ts); yaml for every file it is not certain of, and for the words of every error.
  const fast = readWithEvents(text);
  if (fast)
    return { file: new YamlSourceFile(displayPath, absolutePath, text, fast.ranges), data: fast.data, problems: [] };
  return readWithYaml(text, absolutePath, displayPath);
}

/** The reference reader: the yaml package, which also words every error. */
export function readWithYaml(text: string, absolutePath: string, displayPath: string): ReadResult {
  const { Composer, Parser } = yamlPackage();
  let list: Document.Parsed[];
  try {
    const tokens = Array.from(new Parser().parse(text));
    // Before composing: yaml's check for duplicate keys takes time in the square of a mapping's keys.
    const crowded = crowdedMappingAt(tokens);
    if (crowded !== undefined) {
      const file = new YamlSourceFile(displayPath, absolutePath, text, undefined);
      const message = `holds a mapping of more than ${MAX_KEYS_PER_MAPPING} keys, over the limit coop reads in one file; split it or remove what does not belong`;
      return { file, problems: [{ file: displayPath, ...file.position(crowded), code: 'yaml-syntax', message }] };
    }
    // logLevel: yaml says what it thinks odd (a key that is a list or a mapping, which toJS makes a
    // string) through process.emitWarning, which Node prints on stderr as "(node:PID) Warning: ...",
    // the file's text in it unsanitized. Such a key is data, and the checks say what is wrong with it.
    list = Array.from(new Composer({ prettyErrors: false, uniqueKeys: true, logLevel: 'error' }).compose(tokens));
  } catch (error) {
    const message = error instanceof RangeError ? TOO_DEEP : `cannot be parsed as YAML: ${messageOf(error)}`;
    return { problems: [{ file: displayPath, line: 1, col: 1, code: 'yaml-syntax', message }] };
  }
  const first = list[0];
  const file = new YamlSourceFile(displayPath, absolutePath, text, first ? new DocumentLocator(first) : undefined);
  const problems: Problem[] = [];
  // Messages quote keys and alias names from the file: one visible line, whatever they hold.
  const report = (offset: number, code: Problem['code'], message: string) =>
    problems.push({ file: displayPath, ...file.position(offset), code, message: safeLine(message) });

  // One report per place: yaml may give several errors for one mistake (a
  // nesting overflow gives one per level), and the first says it best. And one
  // syntax error a file: past a tab or a wrong indentation yaml reads the
  // lines that follow wrongly, and its errors about them ("bad indentation" on
  // a blank line, "implicit keys") point away from the line to fix.
  const reported = new Set<string>();
  let syntaxReported = false;
  for (const doc of list) {
    for (const error of doc.errors) {
      const code = codeOf(error);
      if (code === 'yaml-syntax' && syntaxReported) continue;
      const offset = errorOffset(error, text);
      const message = messageOfYamlError(error, file);
      const line = file.position(offset).line;
      if (reported.has(`${line}`) || reported.has(message)) continue;
      reported.add(`${line}`).add(message);
      report(offset, code, message);
      if (code === 'yaml-syntax') syntaxReported = true;
    }
  }
  if (list.length > 1) {
    const second = list[1]!;
    report(
      second.range[0],
      'yaml-syntax',
      `holds ${list.length} YAML documents; a library file holds exactly one (remove the extra "---" separators)`,
    );
  }
  if (problems.length > 0) return { file, problems };
  if (!first || first.contents === null) {
    report(0, 'wrong-type', `is empty; it must be a mapping of keys, like "${firstLineExample(displayPath)}"`);
    return { file, problems };
  }
  // Before toJS: a recursive walk of a document this deep could overflow the stack.
  const tooDeep = tooDeepAt(first.contents);
  if (tooDeep !== undefined) {
    report(tooDeep, 'yaml-syntax', TOO_DEEP);
    return { file, problems };
  }
  let data: unknown;
  try {
    data = first.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = messageOf(error);
    const unresolved = /^Unresolved alias.*: (.+)$/.exec(message)?.[1];
    if (unresolved) {
      const at = text.indexOf(`*${unresolved}`);
      report(
        Math.max(0, at),
        'yaml-syntax',
        `uses the alias *${unresolved}, but no anchor &${unresolved} is set before it`,
      );
    } else if (/alias/i.test(message))
      report(
        0,
        'yaml-syntax',
        `expands its aliases (*name) more than ${MAX_ALIAS_COUNT} times; this looks like an alias bomb, not a runbook`,
      );
    else if (error instanceof RangeError) report(0, 'yaml-syntax', TOO_DEEP);
    else report(0, 'yaml-syntax', `cannot be read as data: ${message}`);
    return { file, problems };
  }
  return { file, data, problems };
}

/** The offset of the first mapping with more keys than the limit, walking the parser's tokens (without recursion: they may nest deeply). */
function crowdedMappingAt(tokens: CST.Token[]): number | undefined {
  const stack: CST.Token[] = [...tokens];
  while (stack.length > 0) {
    const token = stack.pop()!;
    switch (token.type) {
      case 'document':
        if (token.value) stack.push(token.value);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const isMapping =
          token.type === 'block-map' || (token.type === 'flow-collection' && token.start.source === '{');
        let keys = 0;
        for (const item of token.items) {
          if (isMapping && (item.key || ('sep' in item && item.sep)) && ++keys > MAX_KEYS_PER_MAPPING)
            return token.offset;
          if ('key' in item && item.key) stack.push(item.key);
          if (item.value) stack.push(item.value);
        }
        break;
      }
    }
  }
  return undefined;
}

/**
 * yaml reports an unclosed quote where the file ends; the person needs the
 * line where the quote was opened: the last one before it with an odd count.
 */
function errorOffset(error: YAMLError, text: string): number {
  const at = error.pos[0];
  if (/call stack/i.test(error.message)) return nestingStart(text, at);
  const bracket = /end with an? ([\]}])/.exec(error.message)?.[1];
  if (bracket) return lastUnclosed(text, at, bracket === ']' ? '[' : '{', bracket) ?? at;
  const quote = error.code === 'MISSING_CHAR' ? /closing "?(["'])/.exec(error.message)?.[1] : undefined;
  if (!quote) return at;
  let lineEnd = at;
  while (lineEnd > 0) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    const count = line.split(quote).length - 1;
    if (count % 2 === 1) return lineStart + line.indexOf(quote);
    if (lineStart === 0) break;
    lineEnd = lineStart - 1;
  }
  return at;
}

/**
 * yaml reports a nesting overflow where its stack ran out, which moves with
 * the stack size (a test runner and the CLI disagree). Point instead where
 * the nesting starts: the outermost bracket of that line still open there,
 * else the first of the run of block openers (`- `) that leads there.
 */
function nestingStart(text: string, at: number): number {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let depth = 0;
  let outermost: number | undefined;
  for (let i = lineStart; i < at; i++) {
    const ch = text[i];
    if (ch === '[' || ch === '{') {
      if (depth++ === 0) outermost = i;
    } else if ((ch === ']' || ch === '}') && depth > 0 && --depth === 0) outermost = undefined;
  }
  if (outermost !== undefined) return outermost;
  let start = Math.min(at, text.length);
  while (start > 0 && /[-\s]/.test(text[start - 1]!)) start--;
  while (start < at && /\s/.test(text[start]!)) start++;
  return start;
}

/** The offset of the last `open` before `before` that no `close` answers. */
function lastUnclosed(text: string, before: number, open: string, close: string): number | undefined {
  const stack: number[] = [];
  for (let i = 0; i < before; i++) {
    if (text[i] === open) stack.push(i);
    else if (text[i] === close) stack.pop();
  }
  return stack.length ? stack[stack.length - 1] : undefined;
}

function codeOf(error: YAMLError): Problem['code'] {
  return error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
}

/** Where the first ": " (or a colon that ends a line) at or after `from` is; -1 when there is none. */
function nextColon(text: string, from: number): number {
  const match = /:(?: |\r?\n|$)/.exec(text.slice(from));
  return match ? from + match.index : -1;
}

function messageOfYamlError(error: YAMLError, file: YamlSourceFile): string {
  const where = error.pos[0];
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = keyAt(file.text, where);
      return key
        ? `duplicate key "${key}": each key may appear only once in a mapping`
        : 'duplicate key: each key may appear only once in a mapping';
    }
    case 'MISSING_CHAR':
      return /quote/i.test(error.message)
        ? 'a quoted value is never closed: add the closing quote'
        : firstSentence(error.message);
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation; YAML indents with spaces only';
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // yaml points at where the value starts; the line to fix is often the one after, indented too deep.
      const colon = nextColon(file.text, where);
      const here = file.position(where).line;
      const there = colon === -1 ? here : file.position(colon).line;
      if (there <= here)
        return 'a ": " inside a value starts a new key; put the whole value in quotes (or, if this line is a key, fix its indentation)';
      const key = file.text.slice(file.text.lastIndexOf('\n', colon) + 1, colon + 1).trim();
      return `the value here runs on to line ${there}, where "${key}" starts a new key: if line ${there} is a key, fix its indentation; if not, put the whole value in quotes`;
    }
    case 'BAD_INDENT': {
      const bracket = /end with an? ([\]}])/.exec(error.message)?.[1];
      if (bracket) return `a ${bracket === ']' ? '[ list' : '{ mapping'} is never closed: add the closing ${bracket}`;
      return `bad indentation: ${firstSentence(error.message)}`;
    }
    default:
      return firstSentence(error.message);
  }
}

/** The key written at `offset`, for messages about it. */
function keyAt(text: string, offset: number): string | undefined {
  const rest = text.slice(offset, offset + 200);
  const m = /^\s*["']?([^"':\n]+)["']?\s*:/.exec(rest);
  return m?.[1]?.trim();
}

const TOO_DEEP = `is nested too deeply to be a library file (more than ${MAX_NESTING} levels)`;

function firstSentence(message: string): string {
  if (/call stack/i.test(message)) return TOO_DEEP;
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function positionOfByte(bytes: Buffer, index: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Count characters, not bytes, up to the bad one (the prefix is valid UTF-8).
  const col = bytes.subarray(lineStart, index).toString('utf8').length + 1;
  return { line, col };
}

/** Index of the first byte that breaks UTF-8 (only asked once isUtf8 said no). */
function firstInvalidUtf8(bytes: Buffer): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let extra: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [extra, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [extra, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [extra, min] = [3, 0x10000];
    else return i;
    if (i + extra > n - 1) return i;
    let cp = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}
