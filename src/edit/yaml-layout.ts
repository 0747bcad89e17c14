// How a coordinator's file is laid out, read off the file itself: how far in
// a mapping or a list under a key starts, how far an item's text stands from
// its dash ("- id" or "-   id", as PyYAML writes with indent=4), whether flow
// collections have spaces inside their brackets, how strings are quoted. What
// an edit adds is written by yaml and then set at these depths, so that it
// reads as the lines around it.
import { isDeepStrictEqual } from 'node:util';
import type { Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { isMap, isScalar, isSeq, parseDocument } from '../vendor/yaml.js';
import type { SourceLines } from './source-lines.js';

export interface Layout {
  /** How much further in than its key the keys of a mapping under it stand. */
  mapIndent: number;
  /** How much further in than its key the dashes of a list under it stand: 0 when flush with it. */
  seqOffset: number;
  /** From a dash to its item's text: 2 for "- id", 4 for "-   id". */
  seqWidth: number;
  /** `[ a, b ]` rather than `[a, b]`. */
  flowPadding: boolean;
  /** Lists of words written in brackets (`systems: [a, b]`), as most of the file's are; else a line an item. */
  flowWords: boolean;
  /** How most of the file's strings are written, and so a new one: plain, or in double or single quotes. */
  stringType: Scalar.Type;
  /** The same for keys. */
  keyType: Scalar.Type;
}

/** How yaml writes what an edit adds, before it is set at the file's depths (yaml's own layout, then laidOut). */
export function writeOptions(layout: Layout) {
  return {
    lineWidth: 0,
    indent: 2,
    indentSeq: true,
    flowCollectionPadding: layout.flowPadding,
    defaultStringType: layout.stringType,
    defaultKeyType: layout.keyType,
  } as const;
}

/** Counts of what the file does, the most common winning (the first seen on a tie). */
class Tally<T> {
  private readonly counts = new Map<T, number>();
  add(value: T): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }
  most(): T | undefined {
    let best: T | undefined;
    let bestCount = 0;
    for (const [value, count] of this.counts) if (count > bestCount) [best, bestCount] = [value, count];
    return best;
  }
}

const STRING_TYPES = new Set<unknown>(['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE']);

export function layoutOf(lines: SourceLines, contents: unknown): Layout {
  const mapIndent = new Tally<number>();
  const seqOffset = new Tally<number>();
  const seqWidth = new Tally<number>();
  const padding = new Tally<boolean>();
  const flowWords = new Tally<boolean>();
  const strings = new Tally<Scalar.Type>();
  const keys = new Tally<Scalar.Type>();
  const quoting = (node: unknown, tally: Tally<Scalar.Type>): void => {
    if (isScalar(node) && typeof node.value === 'string' && STRING_TYPES.has(node.type))
      tally.add(node.type as Scalar.Type);
  };
  const value = (node: unknown): void => {
    quoting(node, strings);
    if (!isMap(node) && !isSeq(node)) return;
    if (isSeq(node) && node.items.length > 0 && node.items.every(isScalar)) flowWords.add(Boolean(node.flow));
    if (node.flow) {
      if (node.items.length > 0 && node.range) padding.add(lines.text[node.range[0] + 1] === ' ');
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key;
        quoting(key, keys);
        if (isScalar(key) && key.range) under(lines.column(key.range[0]), pair.value);
      }
    } else if (node.range)
      for (const item of node.items) {
        // The text after the last dash before the item, on the item's line: "-   " is 4 wide.
        const dash = isScalar(item) || isMap(item) || isSeq(item) ? /-( +)$/.exec(lines.before(item.range![0])) : null;
        if (dash) seqWidth.add(dash[1]!.length + 1);
      }
    for (const item of node.items) value(isMap(node) ? (item as { value: unknown }).value : item);
  };
  const under = (keyColumn: number, node: unknown): void => {
    if (isMap(node) && !node.flow) {
      const first = node.items[0]?.key;
      if (isScalar(first) && first.range) mapIndent.add(lines.column(first.range[0]) - keyColumn);
    } else if (isSeq(node) && !node.flow && node.range) seqOffset.add(lines.column(node.range[0]) - keyColumn);
  };
  value(contents);
  const width = seqWidth.most() ?? 2;
  const offset = seqOffset.most();
  const indent = mapIndent.most() ?? Math.max(2, offset ?? 0, width);
  return {
    mapIndent: indent,
    seqOffset: offset ?? indent,
    seqWidth: width,
    flowPadding: padding.most() ?? false,
    flowWords: flowWords.most() ?? false,
    stringType: strings.most() ?? 'PLAIN',
    keyType: keys.most() ?? 'PLAIN',
  };
}

interface Placed {
  indent: number;
  /** The spaces after each dash that starts the line. */
  gaps: number[];
}

/**
 * `yamlText`, a mapping or a list as yaml writes it (writeOptions), with its
 * keys and dashes moved to the file's depths: the top at `column`, a list's
 * items `width` from their dashes. Lines inside a value (a block scalar's)
 * move with the line that holds its key. Undefined when the result would not
 * read as the same data.
 */
export function laidOut(
  yamlText: string,
  column: number,
  layout: Layout,
  width = layout.seqWidth,
): string[] | undefined {
  const doc = parseDocument(yamlText);
  const lines = yamlText.replace(/\n$/, '').split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const lineOf = (at: number): number => {
    let n = starts.length - 1;
    while (n > 0 && starts[n]! > at) n--;
    return n;
  };
  const plan = new Map<number, Placed>();
  const inValue = (node: unknown, keyColumn: number): void => {
    if (isMap(node) && !node.flow) inMap(node, keyColumn + layout.mapIndent, false);
    else if (isSeq(node) && !node.flow) inSeq(node, keyColumn + layout.seqOffset, layout.seqWidth, false);
  };
  const inMap = (map: YAMLMap, at: number, afterDash: boolean): void => {
    for (const [i, pair] of map.items.entries()) {
      // The first key of an item stands on its dash's line, placed with the dash.
      if (!(i === 0 && afterDash)) plan.set(lineOf((pair.key as Scalar).range![0]), { indent: at, gaps: [] });
      inValue(pair.value, at);
    }
  };
  const inSeq = (seq: YAMLSeq, at: number, itemWidth: number, afterDash: boolean): void => {
    for (const [i, item] of seq.items.entries()) {
      const line = lineOf((item as Scalar).range![0]);
      const placed = (i === 0 && afterDash ? plan.get(line) : undefined) ?? { indent: at, gaps: [] };
      placed.gaps.push(itemWidth - 1);
      plan.set(line, placed);
      if (isMap(item) && !item.flow) inMap(item, at + itemWidth, true);
      else if (isSeq(item) && !item.flow) inSeq(item, at + itemWidth, layout.seqWidth, true);
    }
  };
  if (isMap(doc.contents)) inMap(doc.contents, column, false);
  else if (isSeq(doc.contents)) inSeq(doc.contents, column, width, false);
  else return undefined;

  const out: string[] = [];
  let shift = 0;
  for (const [n, line] of lines.entries()) {
    const placed = plan.get(n);
    if (placed) {
      let rest = line.trimStart();
      for (const _ of placed.gaps) {
        if (!rest.startsWith('- ')) return undefined;
        rest = rest.slice(2);
      }
      const head = ' '.repeat(placed.indent) + placed.gaps.map((gap) => `-${' '.repeat(gap)}`).join('');
      shift = head.length - (line.length - rest.length);
      out.push(head + rest);
    } else if (line.trim() === '') out.push('');
    else if (shift >= 0) out.push(' '.repeat(shift) + line);
    else if (line.length - line.trimStart().length >= -shift) out.push(line.slice(-shift));
    else return undefined;
  }
  const check = parseDocument(out.join('\n'));
  return check.errors.length === 0 && isDeepStrictEqual(check.toJS(), doc.toJS()) ? out : undefined;
}
