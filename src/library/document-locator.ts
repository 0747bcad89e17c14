// Where a value of a document the yaml package parsed was written: its node
// tree, walked by path, resolving aliases on the way.
import type { Document, Node } from 'yaml';
import { yamlPackage } from './yaml-package.js';
import type { NodeLocator } from './yaml-source-file.js';
import type { Path } from './source-file.js';

export class DocumentLocator implements NodeLocator {
  constructor(private readonly doc: Document) {}

  rangeAt(path: Path, key: boolean): readonly [number, number] | undefined {
    const { isMap, isPair, isScalar, isSeq } = yamlPackage();
    let node: unknown = this.doc.contents;
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
      found = key && keyNode ? keyNode : next;
      if (!key) found = emptyScalarKey(next, keyNode) ?? next;
    }
    const range = (found as Node | null | undefined)?.range;
    return range ? [range[0], range[1]] : undefined;
  }
}

function resolveAlias(node: unknown, doc: Document): unknown {
  const { isAlias } = yamlPackage();
  let current = node;
  // An alias may point at another alias; a bounded loop avoids cycles.
  for (let i = 0; i < 32 && isAlias(current); i++) current = current.resolve(doc);
  return current;
}

/** An empty value (`key:`) has a zero-width range: point at its key instead. */
function emptyScalarKey(node: unknown, keyNode: unknown): unknown {
  const { isScalar } = yamlPackage();
  if (isScalar(node) && node.range && node.range[0] === node.range[1] && keyNode) return keyNode;
  return undefined;
}
