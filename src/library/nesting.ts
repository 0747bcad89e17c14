// Measures how deeply a parsed YAML document nests, without recursion (the
// point is to refuse what would overflow a recursive walk later: toJS, zod,
// the lint rules).
import type { Node } from 'yaml';
import { MAX_NESTING } from './limits.js';
import { yamlPackage } from './yaml-package.js';

/**
 * The offset where nesting deeper than MAX_NESTING starts (the top-level
 * value that holds it), or undefined when the document is within the limit.
 */
export function tooDeepAt(contents: Node | null): number | undefined {
  if (!contents) return undefined;
  const { isCollection, isPair } = yamlPackage();
  const stack: Array<{ node: unknown; depth: number; top: number | undefined }> = [
    { node: contents, depth: 0, top: undefined },
  ];
  while (stack.length > 0) {
    const { node, depth, top } = stack.pop()!;
    if (isPair(node)) {
      stack.push({ node: node.key, depth, top }, { node: node.value, depth, top });
      continue;
    }
    if (!isCollection(node)) continue;
    const here = top ?? (depth === 1 ? node.range?.[0] : undefined);
    if (depth + 1 > MAX_NESTING) return here ?? node.range?.[0] ?? 0;
    for (const item of node.items) stack.push({ node: item, depth: depth + 1, top: here });
  }
  return undefined;
}
