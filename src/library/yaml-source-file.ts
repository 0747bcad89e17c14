// A YAML file as read from disk, kept so that any value of it can be traced
// back to its line and column long after it was turned into plain data.
import { isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Document, type Node } from 'yaml';
import type { Position } from './problem.js';
import type { Path, SourceFile } from './source-file.js';

/** A file parsed by the yaml package, which can say where each of its values was written. */
export class YamlSourceFile implements SourceFile {
  constructor(
    /** The path as shown to people: relative to the working folder when inside it. */
    readonly displayPath: string,
    readonly absolutePath: string,
    readonly text: string,
    readonly lineCounter: LineCounter,
    readonly doc: Document | undefined,
  ) {}

  position(offset: number): Position {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, col };
  }

  /**
   * Where the value at `path` was written. `key: true` points at the key of
   * the last path element instead (for unknown keys, and for empty values,
   * which have no text of their own). A path that runs past the tree points
   * at the deepest node that exists: a missing key is reported at its parent.
   */
  locate(path: Path, options: { key?: boolean } = {}): Position {
    let node: unknown = this.doc?.contents;
    let keyNode: unknown;
    let found: unknown = node;
    for (const segment of path) {
      node = resolveAlias(node, this.doc);
      let next: unknown;
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (pair) {
          keyNode = pair.key;
          next = pair.value ?? undefined;
          if (next === undefined || next === null) next = keyNode;
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment];
      }
      if (next === undefined) break;
      node = next;
      found = options.key && keyNode ? keyNode : next;
      if (!options.key) found = emptyScalarKey(next, keyNode) ?? next;
    }
    return this.rangeOf(found);
  }

  private rangeOf(node: unknown): Position {
    const range = (node as Node | undefined)?.range;
    if (!range) return { line: 1, col: 1 };
    const start = this.position(range[0]);
    const end = this.position(Math.max(range[0], range[1]));
    return { ...start, endLine: end.line, endCol: end.col };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const starts = this.lineCounter.lineStarts;
    const from = starts[line - 1];
    if (from === undefined) return '';
    const to = starts[line] ?? this.text.length;
    return this.text.slice(from, to).replace(/\r?\n$/, '');
  }
}

function resolveAlias(node: unknown, doc: Document | undefined): unknown {
  let current = node;
  // An alias may point at another alias; a bounded loop avoids cycles.
  for (let i = 0; i < 32 && isAlias(current) && doc; i++) current = current.resolve(doc);
  return current;
}

/** An empty value (`key:`) has a zero-width range: point at its key instead. */
function emptyScalarKey(node: unknown, keyNode: unknown): unknown {
  if (isScalar(node) && node.range && node.range[0] === node.range[1] && keyNode) return keyNode;
  return undefined;
}
