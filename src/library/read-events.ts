// The fast way to read a library file: js-yaml's loader builds the data, and
// its listener, told where each node opens and closes, records beside it the
// range of every node exactly as the yaml package would give it, so that a
// problem points at the same line and column whichever reader read the file.
// Measured on 1,000 generated runbooks: about 5 times faster than yaml's
// parseAllDocuments and toJS, with a fraction of the garbage.
//
// yaml stays the reference. This reader gives up (returns undefined)
// wherever it is not certain to read a file exactly as yaml does: anchors,
// aliases and tags, keys that are not plain text on one line, numbers written
// in ways YAML 1.2's core schema does not read as numbers, a second document,
// tabs, nesting or key counts near the limits, and comments or empty values
// placed where yaml's ranges would take them in. The caller then reads the
// file with yaml, which also words every syntax error.
// tests/library/read-events.test.ts holds the two readers to the same data and
// positions over the shipped library, generated ones, the fixtures and
// random runbook-shaped YAML.
import { CORE_SCHEMA, load, type State } from 'js-yaml';
import { MAX_KEYS_PER_MAPPING, MAX_NESTING } from './limits.js';
import { RangeIndex } from './range-index.js';

export interface EventsRead {
  data: unknown;
  ranges: RangeIndex;
}

/** Not certain to read as yaml reads it: let yaml read the file. */
class Unsure extends Error {}
const UNSURE = new Unsure();

const LONE_CR = /\r(?!\n)/;
const DOCUMENT_END = /^\.\.\.(?![^\s])/m;
/** `---` with something stuck to it: js-yaml reads a document start, yaml an error. */
const DOCUMENT_START_STUCK = /^---[^\s]/m;

export function readWithEvents(text: string): EventsRead | undefined {
  // Tabs change where yaml's block scalars end and are errors in most places, a
  // carriage return alone ends a line for js-yaml but not for yaml, and the two
  // count documents differently around markers (`...`, `---x`): yaml's business.
  if (text.includes('\t') || (text.includes('\r') && LONE_CR.test(text))) return undefined;
  // A byte order mark past the first (which the caller drops) is a space to yaml and text to js-yaml.
  if (text.includes('\uFEFF')) return undefined;
  if (text.includes('...') && DOCUMENT_END.test(text)) return undefined;
  if (text.includes('---') && DOCUMENT_START_STUCK.test(text)) return undefined;
  const reader = new RangeReader(text);
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, listener: reader.listener });
  } catch {
    // A syntax error, an alias to nothing, a duplicate key, or UNSURE from the listener.
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !reader.done()) return undefined;
  return { data, ranges: reader.ranges };
}

/** What a node is, for the rules of where yaml ends it. */
const PLAIN = 0;
const QUOTED = 1;
const BLOCK_SCALAR = 2;
const EMPTY = 3;
const FLOW = 4;
const BLOCK = 5;
type Category = typeof PLAIN | typeof QUOTED | typeof BLOCK_SCALAR | typeof EMPTY | typeof FLOW | typeof BLOCK;

/**
 * Follows js-yaml's open and close calls. Each node opens, its children open
 * and close inside it, and it closes with its kind and value. js-yaml also
 * opens a node around a value it first read as a possible mapping key and
 * kept (a wrapper, closing with its one child's value): such a close adds no
 * node. The open nodes are kept as parallel arrays, by depth, so that reading
 * a file allocates almost nothing but the data.
 */
class RangeReader {
  readonly ranges: RangeIndex;
  private depth = -1;
  private readonly openAt: number[] = [];
  private readonly children: number[] = [];
  /** The last child of each open node: its record, what it is, where it ends, its value. */
  private readonly lastRecord: number[] = [];
  private readonly lastCategory: Category[] = [];
  private readonly lastEnd: number[] = [];
  private readonly lastValue: unknown[] = [];
  /** Whether an open node has an empty value among its children. */
  private readonly hasEmpty: boolean[] = [];
  private finished = false;

  constructor(private readonly text: string) {
    this.ranges = new RangeIndex(text.length >> 4);
  }

  done(): boolean {
    return this.finished && this.depth === -1;
  }

  readonly listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      const d = ++this.depth;
      // yaml reports files nested too deeply; its limit and this one must never disagree at the edge.
      if (d >= MAX_NESTING - 1) throw UNSURE;
      this.openAt[d] = state.position;
      this.children[d] = 0;
      return;
    }
    const d = this.depth--;
    const kind = state.kind as string | null;
    const value: unknown = state.result;
    let count = this.children[d]!;
    if (count === 1 && kind === 'scalar' && this.lastCategory[d] === EMPTY) {
      // js-yaml looked for a mapping key here and found none: that was no node.
      this.ranges.dropLast();
      count = 0;
    }
    if (count > 0) {
      const wrapper =
        count === 1 &&
        (kind === 'scalar' || kind === null || (this.lastValue[d] === value && this.lastCategory[d]! >= FLOW));
      if (wrapper) {
        this.addChild(d - 1, this.lastRecord[d]!, this.lastCategory[d]!, this.lastEnd[d]!, value);
        return;
      }
      if (kind === 'mapping') this.closeCollection(d, true, value as Record<string, unknown>, state.position);
      else if (kind === 'sequence') this.closeCollection(d, false, value, state.position);
      else throw UNSURE;
      return;
    }
    if (kind === 'mapping' || kind === 'sequence') {
      // A collection with nothing in it can only be written [] or {}.
      const start = this.contentStart(this.openAt[d]!);
      const mapping = kind === 'mapping';
      if (Object.keys(value as object).length > 0) throw UNSURE;
      if (this.text[start] !== (mapping ? '{' : '[') || this.text[state.position - 1] !== (mapping ? '}' : ']'))
        throw UNSURE;
      if (this.text[state.position] === '#' || this.text.slice(start, state.position).includes('\n')) throw UNSURE;
      const record = this.ranges.collection(start, state.position, mapping, 0);
      this.addChild(d - 1, record, FLOW, state.position, value);
    } else if (kind === null) {
      // An empty value: placed by its parent, which knows the key before it.
      this.addChild(d - 1, this.ranges.unplacedEmpty(), EMPTY, -1, null);
    } else this.closeScalar(d, value, state.position);
  };

  private closeScalar(d: number, value: unknown, closedAt: number): void {
    const text = this.text;
    const start = this.contentStart(this.openAt[d]!);
    const first = text[start];
    let end = closedAt;
    let category: Category = PLAIN;
    if (first === '"' || first === "'") {
      if (text[closedAt - 1] !== first || closedAt - start < 2) throw UNSURE;
      // Over several lines, js-yaml keeps the spaces before each line break; yaml folds them away.
      if (text.slice(start, closedAt).includes('\n')) throw UNSURE;
      if (text[closedAt] === '#') throw UNSURE; // yaml refuses a comment that touches the value
      category = QUOTED;
    } else if (first === '|' || first === '>') {
      end = blockScalarEnd(text, start, closedAt);
      category = BLOCK_SCALAR;
    } else if (first === '&' || first === '*' || first === '!') throw UNSURE;
    else {
      // js-yaml may close a plain scalar after the spaces, line breaks, or up to a comment, that follow it.
      while (end > start && isSpaceOrBreak(text.charCodeAt(end - 1))) end--;
      if (typeof value !== 'string' || startsNumeric(text.charCodeAt(start)))
        checkPlainScalar(text.slice(start, end), value);
    }
    const record = this.ranges.scalar(start, end, typeof value === 'string' && category !== BLOCK_SCALAR);
    this.addChild(d - 1, record, category, end, value);
  }

  private closeCollection(d: number, mapping: boolean, value: unknown, closedAt: number): void {
    const text = this.text;
    const count = this.children[d]!;
    const start = this.contentStart(this.openAt[d]!);
    const flow = text[start] === (mapping ? '{' : '[');
    // Empty values are placed after their keys; elsewhere (a list item, inside { }) yaml's rules are not copied.
    if (this.hasEmpty[d] && (flow || !mapping)) throw UNSURE;
    let first = start;
    if (mapping) first = this.checkKeys(value as Record<string, unknown>, count);
    else if ((value as unknown[]).length !== count) throw UNSURE; // a one-pair mapping inside [ ]: no node of its own
    if (flow) {
      if (text[closedAt - 1] !== (mapping ? '}' : ']') || text[closedAt] === '#') throw UNSURE;
      // Over several lines, yaml holds each line to the indentation around it; js-yaml does not. And an
      // explicit key (`[? key]`) makes a mapping js-yaml tells nothing about.
      const written = text.slice(start, closedAt);
      if (written.includes('\n') || written.includes('?')) throw UNSURE;
      const record = this.ranges.collection(start, closedAt, mapping, count);
      this.addChild(d - 1, record, FLOW, closedAt, value);
      return;
    }
    if (!mapping && text[start] !== '-') throw UNSURE;
    // A block collection ends where yaml ends its last node: with the rest of that node's line.
    const end = this.endOfLast(d);
    if (commentAtEnd(text, end, start - lineStart(text, start), d === 0)) throw UNSURE;
    const record = this.ranges.collection(first, end, mapping, count);
    this.addChild(d - 1, record, BLOCK, end, value);
  }

  /** yaml's range[2] of the last child of a block collection: its end, then the rest of its line. */
  private endOfLast(d: number): number {
    const category = this.lastCategory[d]!;
    if (category === EMPTY) return this.ranges.endOf(this.lastRecord[d]!);
    const end = this.lastEnd[d]!;
    if (category === PLAIN || category === QUOTED || category === FLOW) return lineEnd(this.text, end);
    return end;
  }

  /**
   * Checks the keys of a mapping that closed (its children are the last
   * records): each plain or quoted text on one line, the data's keys in the
   * same order (none may look like an array index, which JavaScript puts
   * first). Names each key and places each empty value after its key.
   * Returns the first key's start, where a block mapping starts.
   */
  private checkKeys(map: Record<string, unknown>, count: number): number {
    const keys = Object.keys(map);
    if (count !== keys.length * 2 || keys.length > MAX_KEYS_PER_MAPPING) throw UNSURE;
    const ranges = this.ranges;
    let value = ranges.last();
    let start = -1;
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const record = ranges.previousSibling(value);
      const c = key.charCodeAt(0);
      if (key === '__proto__' || (c >= 48 && c <= 57 && ARRAY_INDEX.test(key)) || !ranges.isText(record)) throw UNSURE;
      start = ranges.startOf(record);
      const end = ranges.endOf(record);
      // A key over several lines, or an explicit one (`? key`): yaml words those.
      const nl = this.text.indexOf('\n', start);
      if ((nl !== -1 && nl < end) || charBefore(this.text, start) === '?') throw UNSURE;
      ranges.nameKey(record, key);
      if (ranges.isUnplacedEmpty(value)) ranges.placeEmpty(value, emptyValueAt(this.text, end));
      value = ranges.previousSibling(record);
    }
    return start;
  }

  private addChild(parent: number, record: number, category: Category, end: number, value: unknown): void {
    if (parent < 0) {
      if (category !== BLOCK && category !== FLOW) throw UNSURE;
      this.finished = true;
      return;
    }
    if (this.children[parent]!++ === 0) this.hasEmpty[parent] = false;
    if (category === EMPTY) this.hasEmpty[parent] = true;
    this.lastRecord[parent] = record;
    this.lastCategory[parent] = category;
    this.lastEnd[parent] = end;
    this.lastValue[parent] = value;
  }

  /** The first character of a node that opened at `from`: past spaces, line breaks and comments. */
  private contentStart(from: number): number {
    const text = this.text;
    let at = from;
    for (;;) {
      const c = text.charCodeAt(at);
      if (isSpaceOrBreak(c)) at++;
      else if (c === 35 /* # */) {
        if (at > 0 && text[at - 1] !== ' ' && text[at - 1] !== '\n') throw UNSURE;
        const nl = text.indexOf('\n', at);
        if (nl === -1) throw UNSURE;
        at = nl + 1;
      } else return at;
    }
  }
}

const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;

/**
 * yaml's end (range[1]) of a block scalar that starts at its | or > and that
 * js-yaml ended at `closedAt`: its last line, without the trailing blank lines
 * no deeper than its text (unless it keeps them, |+).
 */
function blockScalarEnd(text: string, start: number, closedAt: number): number {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd === -1 || !BLOCK_HEADER.test(text.slice(start, headerEnd))) throw UNSURE;
  // At the end of a file with no last line break (js-yaml reads one in), the two count trailing spaces differently.
  if (closedAt >= text.length && text[text.length - 1] !== '\n') throw UNSURE;
  const keep = text[start + 1] === '+';
  const from = headerEnd + 1;
  // js-yaml stops inside the indentation of the next line: its line start is where the scalar's lines end.
  const closedLine = lineStart(text, closedAt);
  let valueEnd = closedAt;
  if (closedLine >= from && /^ *$/.test(text.slice(closedLine, closedAt))) valueEnd = closedLine;
  // The indentation of the first line with text: yaml drops trailing blank lines no deeper than it.
  let at = from;
  let indent = 0;
  let leadingBlankWidth = 0;
  for (; at < valueEnd; at++) {
    const ch = text[at];
    if (ch === ' ') indent++;
    else if (ch === '\n' || ch === '\r') {
      leadingBlankWidth = Math.max(leadingBlankWidth, indent);
      indent = 0;
    } else break;
  }
  // No text at all, text at the left margin, or blank lines deeper than the text: yaml's errors and edge cases.
  if (at >= valueEnd || indent === 0 || leadingBlankWidth > indent) throw UNSURE;
  // Spaces that end the file without a line break, as deep as the text, are yaml's too.
  let end = valueEnd;
  while (text[end] === ' ') end++;
  if (end !== text.length || end - valueEnd < indent) end = valueEnd;
  if (!keep) {
    while (end > from) {
      const lineFrom = lineStart(text, end - 1);
      if (lineFrom <= from) break;
      const line = text.slice(lineFrom, end).replace(/\r?\n$/, '');
      if (/^ *$/.test(line) && line.length <= indent) end = lineFrom;
      else break;
    }
  }
  return end;
}

/** The header of a block scalar: `|` or `>`, perhaps - or + (not an indentation digit), perhaps a comment. */
const BLOCK_HEADER = /^[|>][-+]?(?: *| +#.*)\r?$/;

/**
 * Where yaml puts an empty value (`key:`): just after the colon and the
 * spaces that follow it; not when a comment comes before the next line with
 * text (yaml stretches the empty value over it).
 */
function emptyValueAt(text: string, keyEnd: number): number {
  let at = keyEnd;
  while (text[at] === ' ') at++;
  if (text[at] !== ':') throw UNSURE;
  at++;
  while (text[at] === ' ') at++;
  // Anything else on the line (a tag, say) is not an empty value to yaml.
  if (at < text.length && text[at] !== '\n' && text[at] !== '\r') throw UNSURE;
  for (let i = at; i < text.length; i++) {
    const ch = text[i];
    if (ch === ' ' || ch === '\n' || ch === '\r') continue;
    // A comment, or a tag or anchor of the empty value on a later line: yaml places the value there.
    if (ch === '#' || ch === '!' || ch === '&') throw UNSURE;
    break;
  }
  return at;
}

/**
 * yaml's range[2] of a value in a block collection: its range[1], then the
 * spaces, the comment and the one line break that follow on its line.
 */
function lineEnd(text: string, end: number): number {
  let at = end;
  while (text[at] === ' ') at++;
  const ch = text[at];
  if (ch === '#') {
    // yaml refuses a comment that touches the value before it.
    if (at === end) throw UNSURE;
    const nl = text.indexOf('\n', at);
    return nl === -1 ? text.length : nl + 1;
  }
  if (ch === '\n') return at + 1;
  if (ch === '\r' && text[at + 1] === '\n') return at + 2;
  if (at === text.length) return at;
  throw UNSURE;
}

/**
 * Whether comment lines follow the end of a block collection before the next
 * line with text, at or beyond its column (yaml counts those into the
 * collection's range, by rules not worth copying). At the end of the
 * document, comments at the left margin belong to the document.
 */
function commentAtEnd(text: string, from: number, column: number, atRoot: boolean): boolean {
  let at = from;
  while (at < text.length) {
    let indent = 0;
    while (text[at + indent] === ' ') indent++;
    const ch = text[at + indent];
    if (ch === '\n' || ch === '\r') {
      at = text.indexOf('\n', at) + 1;
      if (at === 0) return false;
      continue;
    }
    if (ch !== '#') return false;
    if (indent >= column && !(atRoot && indent === 0)) return true;
    const nl = text.indexOf('\n', at);
    if (nl === -1) return false;
    at = nl + 1;
  }
  return false;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function charBefore(text: string, at: number): string | undefined {
  let i = at - 1;
  while (text[i] === ' ') i--;
  return text[i];
}

/**
 * js-yaml's core schema reads more as numbers than YAML 1.2's does (1_000,
 * 0b11, +.5), and drops the sign of -0: a plain scalar that is, or looks
 * like, a number is trusted only where the two agree.
 */
function checkPlainScalar(source: string, value: unknown): void {
  if (typeof value === 'number') {
    // -0 too: yaml keeps its sign, js-yaml does not.
    if (!CORE_NUMBER.test(source) || (value === 0 && source[0] === '-')) throw UNSURE;
  } else if (typeof value === 'string' && startsNumeric(source.charCodeAt(0)) && CORE_NUMBER.test(source)) throw UNSURE;
}

/**
 * Whether a plain scalar starting with this character could be a number: - + . or a digit. A
 * character code, not a regular expression: it is asked of every plain scalar of a library.
 */
function startsNumeric(c: number): boolean {
  return c === 45 || c === 43 || c === 46 || (c >= 48 && c <= 57);
}

/** A space, line feed or carriage return. */
function isSpaceOrBreak(c: number): boolean {
  return c === 32 || c === 10 || c === 13;
}
/** YAML 1.2 core schema's int and float, as yaml reads them. */
const CORE_NUMBER =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
