// Finding the second and later uses of a key in one pass: the shared core of
// every "duplicate" rule (ids of contacts, systems, steps; decision answers).
import type { Loaded } from '../library/library.js';
import type { Report } from './rule.js';

/** Calls `onRepeat(item, first)` for every item whose key an earlier item already had. */
export function eachRepeat<T>(
  items: Iterable<T>,
  keyOf: (item: T) => string | undefined,
  onRepeat: (item: T, first: T) => void,
): void {
  const seen = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, item);
    else onRepeat(item, first);
  }
}

/** Reports every contact or system whose id an earlier entry of its file already has, at the repeated id. */
export function reportRepeatedIds(
  items: ReadonlyArray<Loaded<{ id: string }>>,
  noun: string,
  report: (r: Report) => void,
): void {
  eachRepeat(
    items,
    (item) => item.value.id,
    (item, first) => {
      const line = first.file.locate([...first.path, 'id']).line;
      report({
        file: item.file,
        path: [...item.path, 'id'],
        message: `${noun} id "${item.value.id}" is already used by the ${noun} on line ${line}; each ${noun} needs its own id`,
      });
    },
  );
}
