// A change made through yaml's document API, carried onto the file's own text
// at its source: the edited document is compared with the file as it was read,
// node by node, and only what differs is written, where it stands. A value
// that changes is replaced in its place (its quoting and the comment after it
// stay); a key or a list item that comes is written by yaml, set at the depths
// of its neighbours (yaml-layout.ts) and put after the one it follows; those
// that go take their lines with them. Every other byte stays as it was,
// whatever the file's indentation, line ends or comments.
import { isDeepStrictEqual } from 'node:util';
import type {
  Document,
  Node,
  Pair as PairNode,
  Scalar as ScalarNode,
  YAMLMap as MapNode,
  YAMLSeq as SeqNode,
} from 'yaml';
import {
  Document as YamlDocument,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  Pair,
  YAMLMap,
  YAMLSeq,
} from '../vendor/yaml.js';
import type { SourceLines } from './source-lines.js';
import { laidOut, type Layout, writeOptions } from './yaml-layout.js';

interface Edit {
  from: number;
  to: number;
  text: string;
}

/** What a value that cannot be changed where it stands asks of the pair or list that holds it: to be written anew. */
const REWRITE = 'rewrite';
type Edits = Edit[] | typeof REWRITE;

/** A change not carried onto a file's text: the caller writes the whole document instead, and the diff shows it. */
class NotCarried extends Error {}

/**
 * The file's text with `edited`'s differences from `read` (the same text,
 * parsed) made at their places; undefined when a difference cannot be made so.
 */
export function carriedText(
  lines: SourceLines,
  read: Document.Parsed,
  edited: Document,
  layout: Layout,
): string | undefined {
  try {
    const edits = new SourceEdit(lines, layout, read, edited).value(read.contents, edited.contents);
    return edits === REWRITE ? undefined : applied(lines.text, edits);
  } catch (error) {
    if (error instanceof NotCarried) return undefined;
    throw error;
  }
}

function applied(text: string, edits: Edit[]): string {
  // A stable sort: lines put where a removal starts stay before it.
  const sorted = [...edits].sort((a, b) => a.from - b.from);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.from < at) throw new NotCarried('edits that overlap');
    out += text.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  return out + text.slice(at);
}

const NOT_PLAIN = Symbol('a key that is not a scalar');
const keyOf = (pair: PairNode): unknown => (isScalar(pair.key) ? pair.key.value : NOT_PLAIN);

/** Runs of consecutive indexes, as [first, last]. */
function runsOf(indexes: number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const i of indexes) {
    const run = runs.at(-1);
    if (run && run[1] === i - 1) run[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

class SourceEdit {
  constructor(
    private readonly lines: SourceLines,
    private readonly layout: Layout,
    private readonly read: Document.Parsed,
    private readonly edited: Document,
  ) {}

  /** The edits that turn `before` (a node of the file as read) into `after` (what stands in its place now). */
  value(before: unknown, after: unknown): Edits {
    if (!isNode(before) || !isNode(after) || !before.range) return REWRITE;
    if (isScalar(before)) return this.scalar(before, after);
    const same = isDeepStrictEqual(before.toJS(this.read), after.toJS(this.edited));
    if (isAlias(before)) return same && isAlias(after) && after.source === before.source ? [] : REWRITE;
    if (!isMap(before) && !isSeq(before)) return REWRITE;
    if (same) return [];
    if (before.flow) return this.flow(before, after);
    if (isMap(before)) return isMap(after) && !after.flow ? this.map(before, after) : REWRITE;
    return isSeq(after) && !after.flow ? this.seq(before, after) : REWRITE;
  }

  private scalar(before: ScalarNode, after: Node): Edits {
    if (!isScalar(after)) return REWRITE;
    if (isDeepStrictEqual(before.value, after.value)) return [];
    const [from, to] = before.range!;
    // An empty value (`key:`) or a block scalar is written again with its key.
    if (from === to || before.type === 'BLOCK_LITERAL' || before.type === 'BLOCK_FOLDED') return REWRITE;
    // Its anchor, tag and comments stand outside its range, and stay where they are.
    const text = this.written(bare(after.clone())).replace(/\n$/, '');
    return text.includes('\n') ? REWRITE : [{ from, to, text }];
  }

  /** A flow collection (`[a, b]`) is written again whole, in its place, as long as it stays on one line. */
  private flow(before: MapNode | SeqNode, after: Node): Edits {
    if (!(isMap(after) || isSeq(after)) || !after.flow || isMap(after) !== isMap(before)) return REWRITE;
    const padded = before.items.length > 0 ? this.lines.text[before.range![0] + 1] === ' ' : this.layout.flowPadding;
    const text = this.written(bare(after.clone()), { ...this.layout, flowPadding: padded }).replace(/\n$/, '');
    return text.includes('\n') ? REWRITE : [{ from: before.range![0], to: before.range![1], text }];
  }

  private map(before: MapNode, after: MapNode): Edits {
    const keys = before.items.map(keyOf);
    if (keys.includes(NOT_PLAIN) || after.items.length === 0) return REWRITE;
    const edits: Edit[] = [];
    const kept = new Set<number>();
    let last = -1;
    let coming: PairNode[] = [];
    const put = (): void => {
      if (coming.length > 0) edits.push(this.pairsAfter(before, last, coming));
      coming = [];
    };
    for (const pair of after.items) {
      const at = keys.indexOf(keyOf(pair));
      if (at === -1) {
        coming.push(pair);
        continue;
      }
      if (at < last) throw new NotCarried('keys put in another order');
      put();
      last = at;
      kept.add(at);
      const changes = this.value(before.items[at]!.value, pair.value);
      edits.push(...(changes === REWRITE ? [this.pairRewritten(before.items[at]!, pair)] : changes));
    }
    put();
    edits.push(...this.gone(before.items, kept, (pair) => (pair.key as ScalarNode).range![0], /^ *$/));
    return edits;
  }

  private seq(before: SeqNode, after: SeqNode): Edits {
    if (after.items.length === 0) return REWRITE;
    // An item read from the file keeps its range in the edited document; one without a range is new.
    const starts = new Map(before.items.map((item, at) => [(item as Node).range?.[0], at]));
    const edits: Edit[] = [];
    const kept = new Set<number>();
    let last = -1;
    let coming: unknown[] = [];
    const put = (): void => {
      if (coming.length === 0) return;
      if (last === -1) throw new NotCarried('items before the first');
      edits.push(this.itemsAfter(before, before.items[last], coming));
      coming = [];
    };
    for (const item of after.items) {
      const at = isNode(item) && item.range ? starts.get(item.range[0]) : undefined;
      if (at === undefined) {
        coming.push(item);
        continue;
      }
      if (at < last) throw new NotCarried('items put in another order');
      put();
      last = at;
      kept.add(at);
      const changes = this.value(before.items[at], item);
      edits.push(...(changes === REWRITE ? [this.itemRewritten(before, before.items[at], item)] : changes));
    }
    if (kept.size === 0) return REWRITE;
    put();
    edits.push(...this.gone(before.items, kept, (item) => (item as Node).range![0], /^ *- +$/));
    return edits;
  }

  /** New pairs after the pair at `last` of `map` (before its first when -1), at the column of its keys. */
  private pairsAfter(map: MapNode, last: number, pairs: PairNode[]): Edit {
    const first = (map.items[0]!.key as ScalarNode).range![0];
    const lines = this.laid(new YAMLMap(), pairs, this.lines.column(first));
    if (last >= 0) {
      const at = this.lines.lineEnd(this.end(map.items[last]));
      return { from: at, to: at, text: this.lines.eol + lines.join(this.lines.eol) };
    }
    // Before the first key only where it starts its line, not after an item's dash.
    if (this.lines.before(first).trim() !== '') throw new NotCarried('a key before the first of an item');
    const at = this.lines.lineStart(first);
    return { from: at, to: at, text: lines.join(this.lines.eol) + this.lines.eol };
  }

  /** New items after `last`, their dashes under the list's and their text as far from them as its items'. */
  private itemsAfter(seq: SeqNode, last: unknown, items: unknown[]): Edit {
    const lines = this.laid(new YAMLSeq(), items, this.lines.column(seq.range![0]), this.itemWidth(seq));
    const at = this.lines.lineEnd(this.end(last));
    return { from: at, to: at, text: this.lines.eol + lines.join(this.lines.eol) };
  }

  /** A pair whose value cannot change in place, written again from its key on (a comment above it stays). */
  private pairRewritten(before: PairNode, after: PairNode): Edit {
    const from = (before.key as ScalarNode).range![0];
    const fresh = new Pair(bare((after.key as ScalarNode).clone()), after.value);
    // A list in place of a list keeps its way of writing (setKey); one in place of a word takes the file's.
    const restyle = !isCollection(before.value);
    const [first = '', ...rest] = this.laid(new YAMLMap(), [fresh], this.lines.column(from), undefined, restyle);
    return { from, to: this.lines.lineEnd(this.end(before)), text: [first.trimStart(), ...rest].join(this.lines.eol) };
  }

  /** An item that cannot change in place, written again after its dash. */
  private itemRewritten(seq: SeqNode, before: unknown, after: unknown): Edit {
    const from = (before as Node).range![0];
    if (!/^ *- +$/.test(this.lines.before(from))) throw new NotCarried('an item not on its dash line');
    const dash = this.lines.column(seq.range![0]);
    const fresh = isNode(after) ? bare(after.clone()) : after;
    const [first = '', ...rest] = this.laid(new YAMLSeq(), [fresh], dash, this.lines.column(from) - dash);
    return {
      from,
      to: this.lines.lineEnd(this.end(before)),
      text: [first.replace(/^ *- */, ''), ...rest].join(this.lines.eol),
    };
  }

  /**
   * The pairs or items of a collection that are not kept, with the lines
   * before them back to the one they follow (their comments and blank lines);
   * the first of a collection goes from its line's start (`opens` is what may
   * stand there: its indentation, and an item's dash) with the blank lines after it.
   */
  private gone<T>(items: readonly T[], kept: ReadonlySet<number>, start: (item: T) => number, opens: RegExp): Edit[] {
    const goneAt = items.flatMap((_, at) => (kept.has(at) ? [] : [at]));
    return runsOf(goneAt).map(([first, last]) => {
      const to = this.lines.lineEnd(this.end(items[last]));
      if (first > 0) return { from: this.lines.lineEnd(this.end(items[first - 1])), to, text: '' };
      const opening = start(items[0]!);
      if (!opens.test(this.lines.before(opening))) throw new NotCarried('a first key after its dash');
      return { from: this.lines.lineStart(opening), to: this.lines.nextFilledLine(to), text: '' };
    });
  }

  /** Where the text of a pair or node ends: its last value's last character, before any comment lines after it. */
  private end(node: unknown): number {
    if (isPair(node)) {
      const value = node.value;
      if (isNode(value) && value.range && value.range[1] > value.range[0]) return this.end(value);
      return (node.key as ScalarNode).range![1];
    }
    if (!isNode(node) || !node.range || node.range[1] === node.range[0]) throw new NotCarried('a node without text');
    if ((isMap(node) || isSeq(node)) && !node.flow) {
      const last = node.items.at(-1);
      if (last === undefined) throw new NotCarried('an empty block collection');
      return this.end(last);
    }
    return node.range[1];
  }

  /** How far from its dash the text of the list's first item stands, else the file's way. */
  private itemWidth(seq: SeqNode): number {
    const first = seq.items[0];
    const dash = isNode(first) && first.range ? /-( +)$/.exec(this.lines.before(first.range[0])) : null;
    return dash ? dash[1]!.length + 1 : this.layout.seqWidth;
  }

  /** `items` as yaml writes them in `collection`, moved to the file's depths from `column`. */
  private laid(
    collection: MapNode | SeqNode,
    items: unknown[],
    column: number,
    width?: number,
    restyle = true,
  ): string[] {
    (collection.items as unknown[]).push(...items);
    if (restyle) this.listsOfWords(collection);
    const lines = laidOut(this.written(collection), column, this.layout, width);
    if (!lines) throw new NotCarried('not laid out so that it reads the same');
    return lines;
  }

  /** A new list of words (one that was not in the file) written as the file writes most of its lists of words. */
  private listsOfWords(node: unknown): void {
    if (isPair(node)) this.listsOfWords(node.value);
    if (!isMap(node) && !isSeq(node)) return;
    if (isSeq(node) && !node.range && node.items.length > 0 && node.items.every(isScalar))
      node.flow = this.layout.flowWords;
    for (const item of node.items) this.listsOfWords(item);
  }

  private written(node: unknown, layout = this.layout): string {
    const doc = new YamlDocument(null, { version: this.edited.directives?.yaml.version ?? '1.2' });
    doc.contents = node as Node;
    return doc.toString(writeOptions(layout));
  }
}

/** A copy of a node to write in another's place: without what stands outside its range (anchor, tag, comments). */
function bare<T extends object>(node: T): T {
  return Object.assign(node, {
    anchor: undefined,
    tag: undefined,
    comment: undefined,
    commentBefore: undefined,
    spaceBefore: false,
  });
}
